import ContactLensModel

/// A segment as the API sends it (`{"Transcript":{...}}` etc.) plus an optional
/// `ReleaseAtMillis` key beside it: when, in call time, the simulator makes it available.
package struct ScenarioSegment: Codable, Hashable, Sendable {
    package var segment: Segment
    /// Milliseconds from the call's start; nil takes the default for the segment's kind.
    package var releaseAtMillis: Int?

    package init(_ segment: Segment, releaseAtMillis: Int? = nil) {
        self.segment = segment
        self.releaseAtMillis = releaseAtMillis
    }

    enum CodingKeys: String, CodingKey { case releaseAtMillis = "ReleaseAtMillis" }

    /// A scenario file names known kinds only, so a misspelt one is caught (a recording served
    /// with `--scenario` keeps the kinds it holds, unknown ones included).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        releaseAtMillis = try container.decodeIfPresent(Int.self, forKey: .releaseAtMillis)
        var members: [Segment] = []
        let members0 = try ListSegmentsResponse.chatMembers(of: decoder) ?? ListSegmentsResponse.members(of: decoder)
        for member in members0 {
            switch member {
            case .unknown(CodingKeys.releaseAtMillis.stringValue, _): continue
            case .unknown(let kind, _):
                throw Self.corrupted(decoder, "unknown key \(kind) (expected \(Self.kinds), and optionally ReleaseAtMillis)")
            case .utterance:
                throw Self.corrupted(
                    decoder,
                    "Utterance: a scenario names final turns only; `simulate --to-kinesis` "
                        + "makes the partial pieces from each Transcript")
            case .transcript, .categories, .postContactSummary, .chat: members.append(member)
            }
        }
        switch members.count {
        case 0: throw Self.corrupted(decoder, "a segment needs one of \(Self.kinds)")
        case 1: segment = members[0]
        default: throw Self.corrupted(decoder, "a segment has exactly one of \(Self.kinds)")
        }
    }

    package func encode(to encoder: any Encoder) throws {
        try segment.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(releaseAtMillis, forKey: .releaseAtMillis)
    }

    private static let kinds = "Transcript, Categories or PostContactSummary (chats: Issues, Event or Attachments too)"

    private static func corrupted(_ decoder: any Decoder, _ message: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: message))
    }
}
