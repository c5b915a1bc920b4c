import ContactLensModel

/// Test shorthand for what a segment holds. Sources switch over `Segment` exhaustively instead,
/// so that a new kind is a compile error wherever it must be handled.
extension Segment {
    package var transcript: Transcript? { if case .transcript(let value) = self { value } else { nil } }
    package var categories: Categories? { if case .categories(let value) = self { value } else { nil } }
    package var postContactSummary: PostContactSummary? {
        if case .postContactSummary(let value) = self { value } else { nil }
    }
    /// The kind's name when this model does not know it.
    package var unknownKinds: [String] { if case .unknown(let kind, _) = self { [kind] } else { [] } }

    package static func summary(_ summary: PostContactSummary) -> Segment { .postContactSummary(summary) }

    /// A segment of a kind this model does not know, with `json` as its value.
    package static func unknown(_ kind: String, json: String = "{}") -> Segment {
        .unknown(kind: kind, json: RawJSON(validated: Array(json.utf8)))
    }
}
