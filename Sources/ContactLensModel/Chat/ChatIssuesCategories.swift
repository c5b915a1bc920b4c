/// `RealTimeContactAnalysisSegmentIssues`: issues, each pointing at transcript items.
package struct ChatIssues: Codable, Hashable, Sendable {
    package var issuesDetected: [ChatIssue]

    package init(issuesDetected: [ChatIssue]) { self.issuesDetected = issuesDetected }

    enum CodingKeys: String, CodingKey, CaseIterable { case issuesDetected = "IssuesDetected" }
}

/// `RealTimeContactAnalysisIssueDetected`.
package struct ChatIssue: Codable, Hashable, Sendable {
    package var transcriptItems: [ChatIssueItem]

    package init(transcriptItems: [ChatIssueItem]) { self.transcriptItems = transcriptItems }

    enum CodingKeys: String, CodingKey, CaseIterable { case transcriptItems = "TranscriptItems" }
}

/// `RealTimeContactAnalysisTranscriptItemWithContent`: the item, the issue's text and where it is.
package struct ChatIssueItem: Codable, Hashable, Sendable {
    package var content: String?
    package var id: String
    package var characterOffsets: CharacterOffsets?

    package init(content: String? = nil, id: String, characterOffsets: CharacterOffsets? = nil) {
        self.content = content
        self.id = id
        self.characterOffsets = characterOffsets
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case content = "Content"
        case id = "Id"
        case characterOffsets = "CharacterOffsets"
    }
}

/// `RealTimeContactAnalysisSegmentCategories`: matched rules, each pointing at transcript items
/// and character ranges (chat has no milliseconds and no MatchedCategories list).
package struct ChatCategories: Codable, Hashable, Sendable {
    package var matchedDetails: [String: ChatCategoryDetails]

    package init(matchedDetails: [String: ChatCategoryDetails]) { self.matchedDetails = matchedDetails }

    enum CodingKeys: String, CodingKey, CaseIterable { case matchedDetails = "MatchedDetails" }
}

/// `RealTimeContactAnalysisCategoryDetails`.
package struct ChatCategoryDetails: Codable, Hashable, Sendable {
    package var pointsOfInterest: [ChatPointOfInterest]

    package init(pointsOfInterest: [ChatPointOfInterest]) { self.pointsOfInterest = pointsOfInterest }

    enum CodingKeys: String, CodingKey, CaseIterable { case pointsOfInterest = "PointsOfInterest" }
}

/// `RealTimeContactAnalysisPointOfInterest`.
package struct ChatPointOfInterest: Codable, Hashable, Sendable {
    package var transcriptItems: [ChatTranscriptItem]?

    package init(transcriptItems: [ChatTranscriptItem]?) { self.transcriptItems = transcriptItems }

    enum CodingKeys: String, CodingKey, CaseIterable { case transcriptItems = "TranscriptItems" }
}

/// `RealTimeContactAnalysisTranscriptItemWithCharacterOffsets`.
package struct ChatTranscriptItem: Codable, Hashable, Sendable {
    package var id: String
    package var characterOffsets: CharacterOffsets?

    package init(id: String, characterOffsets: CharacterOffsets? = nil) {
        self.id = id
        self.characterOffsets = characterOffsets
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "Id"
        case characterOffsets = "CharacterOffsets"
    }
}
