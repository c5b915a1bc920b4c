/// A JSON value kept as UTF-8 bytes: the value of a segment kind this model does not know.
/// Read from a page by the fast reader, the bytes are exactly the server's; through `Codable`
/// they are the same value written compactly.
///
/// Two are equal when they hold the same value, whatever the spacing or the order of members:
/// the two readers of a page (fast and `JSONDecoder`) must give equal segments.
package struct RawJSON: Hashable, Sendable, CustomStringConvertible {
    package let bytes: [UInt8]

    /// Bytes that hold one valid JSON value (the caller has checked them).
    package init(validated bytes: [UInt8]) { self.bytes = bytes }

    package var description: String { String(decoding: bytes, as: UTF8.self) }

    /// The value written compactly with members sorted by name.
    var canonical: [UInt8] { (try? JSONValue.parse(bytes).serialized(sortingMembers: true)) ?? bytes }

    package static func == (lhs: RawJSON, rhs: RawJSON) -> Bool { lhs.bytes == rhs.bytes || lhs.canonical == rhs.canonical }
    package func hash(into hasher: inout Hasher) { hasher.combine(canonical) }
}

extension RawJSON: Codable {
    package init(from decoder: any Decoder) throws {
        bytes = try JSONValue(from: decoder).serialized()
    }

    package func encode(to encoder: any Encoder) throws {
        try JSONValue.parse(bytes).encode(to: encoder)
    }
}
