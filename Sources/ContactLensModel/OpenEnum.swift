/// A string enum from the service model that must never fail decoding:
/// the service adds values over time, so an unknown one is kept as its raw text.
package protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// The values the service model lists today.
    static var knownValues: [Self] { get }
    init(rawValue: String)
}

extension OpenEnum {
    package init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// False for a value the service model does not list (yet).
    var isKnown: Bool { Self.knownValues.contains(self) }
    package var description: String { rawValue }
}
