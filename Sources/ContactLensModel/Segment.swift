/// `RealtimeContactAnalysisSegment`: one analysed segment. The service sets one member;
/// members it adds later (e.g. `ExtractedInformation`) are kept by name in `unknownKinds`
/// so a page never fails on them.
public struct Segment: Codable, Hashable, Sendable {
    public var transcript: Transcript?
    public var categories: Categories?
    public var postContactSummary: PostContactSummary?
    /// Names of members this version of the model does not know; never encoded.
    public var unknownKinds: [String]

    public init(
        transcript: Transcript? = nil, categories: Categories? = nil,
        postContactSummary: PostContactSummary? = nil, unknownKinds: [String] = []
    ) {
        self.transcript = transcript
        self.categories = categories
        self.postContactSummary = postContactSummary
        self.unknownKinds = unknownKinds
    }

    public static func transcript(_ t: Transcript) -> Segment { Segment(transcript: t) }
    public static func categories(_ c: Categories) -> Segment { Segment(categories: c) }
    public static func summary(_ s: PostContactSummary) -> Segment { Segment(postContactSummary: s) }

    enum CodingKeys: String, CodingKey {
        case transcript = "Transcript", categories = "Categories"
        case postContactSummary = "PostContactSummary"
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        transcript = try container.decodeIfPresent(Transcript.self, forKey: .transcript)
        categories = try container.decodeIfPresent(Categories.self, forKey: .categories)
        postContactSummary = try container.decodeIfPresent(PostContactSummary.self, forKey: .postContactSummary)
        unknownKinds = try decoder.container(keyedBy: AnyKey.self).allKeys
            .map(\.stringValue).filter { CodingKeys(stringValue: $0) == nil }.sorted()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(transcript, forKey: .transcript)
        try container.encodeIfPresent(categories, forKey: .categories)
        try container.encodeIfPresent(postContactSummary, forKey: .postContactSummary)
    }
}
