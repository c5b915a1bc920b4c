import ContactLensModel

/// A segment as the API sends it (`{"Transcript":{...}}` etc.) plus an optional
/// `ReleaseAtMillis` key beside it: when, in call time, the simulator makes it available.
public struct ScenarioSegment: Codable, Hashable, Sendable {
    public var segment: Segment
    /// Milliseconds from the call's start; nil takes the default for the segment's kind.
    public var releaseAtMillis: Int?

    public init(_ segment: Segment, releaseAtMillis: Int? = nil) {
        self.segment = segment
        self.releaseAtMillis = releaseAtMillis
    }

    enum CodingKeys: String, CodingKey { case releaseAtMillis = "ReleaseAtMillis" }

    public init(from decoder: any Decoder) throws {
        var segment = try Segment(from: decoder)
        segment.unknownKinds.removeAll { $0 == CodingKeys.releaseAtMillis.stringValue }
        self.segment = segment
        releaseAtMillis = try decoder.container(keyedBy: CodingKeys.self)
            .decodeIfPresent(Int.self, forKey: .releaseAtMillis)
    }

    public func encode(to encoder: any Encoder) throws {
        try segment.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(releaseAtMillis, forKey: .releaseAtMillis)
    }
}
