/// One analysed segment, as the API's `Segments` list holds them: each is one kind. A kind this
/// version of lenstail does not know (`ExtractedInformation`, whatever AWS adds next) is kept with
/// its JSON, so recordings and `--output jsonl` pass it through unchanged.
///
/// Every place that handles segments switches over this enum without a `default`, so a new case
/// is a compile error wherever it must be handled (ARCHITECTURE.md, "Adding a segment kind").
package enum Segment: Hashable, Sendable {
    case transcript(Transcript)
    case categories(Categories)
    case postContactSummary(PostContactSummary)
    /// A partial piece of a turn (the Kinesis segment stream only), replaced by its final transcript.
    case utterance(Utterance)
    /// A segment of the chat API or the chat's Kinesis stream (the V2 shapes).
    case chat(ChatSegment)
    /// A kind this model does not know: the member's name and its value exactly as it came.
    case unknown(kind: String, json: RawJSON)

    /// The member name the API writes the segment under, e.g. `Transcript`.
    package var kind: String {
        switch self {
        case .transcript: Kind.transcript.rawValue
        case .categories: Kind.categories.rawValue
        case .postContactSummary: Kind.postContactSummary.rawValue
        case .utterance: Kind.utterance.rawValue
        case .chat(let segment): segment.kind.rawValue
        case .unknown(let kind, _): kind
        }
    }

    /// The member names of the kinds this model knows.
    package enum Kind: String, CaseIterable, Sendable {
        case transcript = "Transcript"
        case categories = "Categories"
        case postContactSummary = "PostContactSummary"
        case utterance = "Utterance"
    }
}
