/// A segment of the chat API (`ListRealtimeContactAnalysisSegmentsV2`) and of the chat segment
/// stream (schema 2.0.0): the kinds whose shapes differ from the voice API's. Its
/// `PostContactSummary` has the voice shape and stays `Segment.postContactSummary`.
package enum ChatSegment: Hashable, Sendable {
    case transcript(ChatTranscript)
    case categories(ChatCategories)
    case issues(ChatIssues)
    case event(ChatEvent)
    case attachments(ChatAttachments)

    /// The member name the API writes it under.
    package var kind: String {
        switch self {
        case .transcript: "Transcript"
        case .categories: "Categories"
        case .issues: "Issues"
        case .event: "Event"
        case .attachments: "Attachments"
        }
    }
}

extension Segment {
    /// The id of the turn this segment makes in the store (a transcript, a chat message, event or
    /// attachments); nil for the kinds that are not turns.
    package var turnId: String? {
        switch self {
        case .transcript(let t): t.id
        case .chat(.transcript(let t)): t.id
        case .chat(.event(let e)): e.id
        case .chat(.attachments(let a)): a.id
        case .chat(.issues), .chat(.categories), .categories, .postContactSummary, .utterance, .unknown: nil
        }
    }
}

extension Segment {
    /// The turns merging this segment may add or revise: its own, or those a chat's issues name.
    package var affectedTurnIds: [String] {
        if case .chat(.issues(let issues)) = self { return issues.issuesDetected.flatMap(\.transcriptItems).map(\.id) }
        return turnId.map { [$0] } ?? []
    }
}

/// One V2 segment object (`RealtimeContactAnalysisSegment`): the one reader of chat segments,
/// for API pages and stream events alike. Members in the model's order, then unknown ones by name.
struct ChatSegmentObject: Decodable {
    var segments: [Segment]

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        var segments: [Segment] = []
        func add<T: Decodable>(_ name: String, _ type: T.Type, _ wrap: (T) -> Segment) throws {
            if let value = try c.decodeIfPresent(type, forKey: MemberKey(name)) { segments.append(wrap(value)) }
        }
        try add("Transcript", ChatTranscript.self) { .chat(.transcript($0)) }
        try add("Categories", ChatCategories.self) { .chat(.categories($0)) }
        try add("Issues", ChatIssues.self) { .chat(.issues($0)) }
        try add("Event", ChatEvent.self) { .chat(.event($0)) }
        try add("Attachments", ChatAttachments.self) { .chat(.attachments($0)) }
        try add("PostContactSummary", PostContactSummary.self) { .postContactSummary($0) }
        let known: Set = ["Transcript", "Categories", "Issues", "Event", "Attachments", "PostContactSummary"]
        for key in c.allKeys.filter({ !known.contains($0.stringValue) }).sorted(by: { $0.stringValue < $1.stringValue }) {
            segments.append(.unknown(kind: key.stringValue, json: try c.decode(RawJSON.self, forKey: key)))
        }
        self.segments = segments
    }
}

extension ChatSegment: Encodable {
    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .transcript(let value): try value.encode(to: encoder)
        case .categories(let value): try value.encode(to: encoder)
        case .issues(let value): try value.encode(to: encoder)
        case .event(let value): try value.encode(to: encoder)
        case .attachments(let value): try value.encode(to: encoder)
        }
    }
}

extension ListSegmentsResponse {
    /// The members of a segment object in the chat API's shapes, or nil when the object is in the
    /// voice API's (a Transcript with no `Time`, Categories with `MatchedCategories`): scenario
    /// files hold either, and the shape tells them apart.
    package static func chatMembers(of decoder: any Decoder) throws -> [Segment]? {
        let c = try decoder.container(keyedBy: MemberKey.self)
        let keys = Set(c.allKeys.map(\.stringValue))
        var chat = !keys.isDisjoint(with: ["Issues", "Event", "Attachments"])
        if keys.contains("Transcript"), let t = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("Transcript")) {
            chat = chat || t.contains(MemberKey("Time"))
        }
        if keys.contains("Categories"), let t = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("Categories")) {
            chat = chat || !t.contains(MemberKey("MatchedCategories"))
        }
        return chat ? try ChatSegmentObject(from: decoder).segments : nil
    }
}
