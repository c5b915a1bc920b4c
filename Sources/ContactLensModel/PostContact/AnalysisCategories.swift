/// `Categories` of an analysis file: the rules matched, each with where. Voice points are spans
/// in milliseconds; chat points are transcript items with character ranges. A category with no
/// point matched the contact as a whole (a rule such as "the agent never said hello").
package struct AnalysisCategories: Sendable, Hashable, Decodable {
    package var matchedCategories: [String]
    package var pointsByCategory: [String: [AnalysisPointOfInterest]]

    package init(matchedCategories: [String], pointsByCategory: [String: [AnalysisPointOfInterest]]) {
        self.matchedCategories = matchedCategories
        self.pointsByCategory = pointsByCategory
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        let details = c.lenient("MatchedDetails", as: [String: Lenient<Detail>].self) ?? [:]
        pointsByCategory = details.compactMapValues { $0.value?.points }
        // Chat files may name categories only in MatchedDetails.
        matchedCategories = c.list("MatchedCategories", of: String.self) ?? pointsByCategory.keys.sorted()
    }

    /// Every matched category, in the file's order, with its points (none: the whole contact).
    package var matches: [(name: String, points: [AnalysisPointOfInterest])] {
        let extra = pointsByCategory.keys.filter { !matchedCategories.contains($0) }.sorted()
        return (matchedCategories + extra).map { ($0, pointsByCategory[$0] ?? []) }
    }

    private struct Detail: Decodable {
        var points: [AnalysisPointOfInterest]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: MemberKey.self)
            points = c.list("PointsOfInterest") ?? []
        }
    }
}

/// Where a category matched: a span of the call (voice) or transcript items (chat).
package struct AnalysisPointOfInterest: Sendable, Hashable, Decodable {
    package var beginOffsetMillis: Int?
    package var endOffsetMillis: Int?
    package var transcriptItems: [TranscriptItemReference]

    package init(beginOffsetMillis: Int? = nil, endOffsetMillis: Int? = nil, transcriptItems: [TranscriptItemReference] = []) {
        self.beginOffsetMillis = beginOffsetMillis
        self.endOffsetMillis = endOffsetMillis
        self.transcriptItems = transcriptItems
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        beginOffsetMillis = c.integer("BeginOffsetMillis")
        endOffsetMillis = c.integer("EndOffsetMillis")
        transcriptItems = c.list("TranscriptItems") ?? []
    }
}

/// One of `Participants`: who took part, under which id and role (and, in chat, name).
package struct AnalysisParticipant: Sendable, Hashable, Decodable {
    package var participantId: String?
    package var participantRole: String?
    package var displayName: String?

    package init(participantId: String?, participantRole: String?, displayName: String? = nil) {
        self.participantId = participantId
        self.participantRole = participantRole
        self.displayName = displayName
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        participantId = c.text("ParticipantId")
        participantRole = c.text("ParticipantRole")
        displayName = c.text("DisplayName")
    }
}
