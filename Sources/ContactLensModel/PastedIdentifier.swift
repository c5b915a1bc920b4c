import FoundationEssentials
import LensBasics

/// Ids as people paste them from the Amazon Connect console: surrounded by spaces, or as the
/// ARN the console shows (`arn:aws:connect:REGION:ACCOUNT:instance/ID[/contact/CONTACT]`).
package enum PastedIdentifier {
    /// The instance id inside `text`: itself trimmed, or the `instance/…` part of an ARN.
    package static func instanceId(_ text: String) -> String {
        let trimmed = text.trimmed(.whitespacesAndNewlines)
        return part(after: "instance", in: trimmed) ?? trimmed
    }

    /// The contact id inside `text`: itself trimmed, or the `contact/…` part of an ARN.
    package static func contactId(_ text: String) -> String {
        let trimmed = text.trimmed(.whitespacesAndNewlines)
        return part(after: "contact", in: trimmed) ?? trimmed
    }

    /// In an Amazon Connect ARN's resource (`instance/I/contact/C`), the part after `key`.
    private static func part(after key: String, in text: String) -> String? {
        let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "connect" else { return nil }
        let resource = fields[5].split(separator: "/", omittingEmptySubsequences: false)
        guard let index = resource.firstIndex(where: { $0 == key }), index + 1 < resource.count else { return nil }
        let value = resource[index + 1]
        return value.isEmpty ? nil : String(value)
    }
}

extension PastedIdentifier {
    /// Whether `id` has the form Amazon Connect gives instance and contact ids: a UUID, 8-4-4-4-12
    /// hex digits. The model only bounds their length, so a typo would reach the service and look
    /// like a contact whose analysis has not started yet.
    package static func isServiceId(_ id: String) -> Bool {
        let groups = id.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
