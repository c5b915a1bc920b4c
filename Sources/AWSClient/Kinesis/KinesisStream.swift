import ContactLensModel

/// A Kinesis data stream as the user names it: by name (`StreamName`) or by ARN (`StreamARN`).
/// Requests carry whichever was given, exactly as the service model names the member.
package enum KinesisStream: Hashable, Sendable, CustomStringConvertible {
    case name(String)
    case arn(String)

    /// `StreamName`: 1-128 of [a-zA-Z0-9_.-]. `StreamARN`: 1-2048, `arn:aws*:kinesis:…:<12 digits>:stream/…`.
    package init(_ text: String) throws(RequestValidationError) {
        if text.hasPrefix("arn:") {
            guard (1...2048).contains(text.unicodeScalars.count), Self.isStreamARN(text) else {
                throw RequestValidationError(
                    "StreamARN must look like arn:aws:kinesis:REGION:ACCOUNT:stream/NAME (got '\(text.prefix(200))')")
            }
            self = .arn(text)
        } else {
            try Self.checkName(text, field: "StreamName")
            self = .name(text)
        }
    }

    package var description: String {
        switch self {
        case .name(let name): name
        case .arn(let arn): arn
        }
    }

    /// The region an ARN names (its fourth field), for a default when none was given.
    package var region: String? {
        guard case .arn(let arn) = self else { return nil }
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return fields.count > 3 && !fields[3].isEmpty ? String(fields[3]) : nil
    }

    /// `StreamName` and `ShardId` share a shape: 1-128 of [a-zA-Z0-9_.-].
    package static func checkName(_ value: String, field: String) throws(RequestValidationError) {
        let allowed = value.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        guard (1...128).contains(value.utf8.count), allowed else {
            throw RequestValidationError(
                "\(field) must be 1 to 128 of the characters a-z A-Z 0-9 _ . - (got '\(value.prefix(200))')")
        }
    }

    /// `arn:aws.*:kinesis:.*:\d{12}:stream/\S+`
    static func isStreamARN(_ text: String) -> Bool {
        let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[1].hasPrefix("aws"), fields[2] == "kinesis",
            fields[4].count == 12, fields[4].allSatisfy({ $0.isASCII && $0.isNumber }),
            fields[5].hasPrefix("stream/")
        else { return false }
        let name = fields[5].dropFirst("stream/".count)
        return !name.isEmpty && !name.contains(where: \.isWhitespace)
    }
}

extension KinesisStream {
    /// The two members a request may carry; one of them is set.
    var members: (name: String?, arn: String?) {
        switch self {
        case .name(let name): (name, nil)
        case .arn(let arn): (nil, arn)
        }
    }
}
