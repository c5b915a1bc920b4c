/// One turn of a call, exactly as the service model's `Transcript` shape (the store keeps it as a `Turn`).
package struct Transcript: Codable, Hashable, Sendable {
    package var id: String
    package var participantId: String
    package var participantRole: String
    package var content: String
    package var beginOffsetMillis: Int
    package var endOffsetMillis: Int
    package var sentiment: Sentiment?
    package var issuesDetected: [IssueDetected]?

    package init(
        id: String, participantId: String, participantRole: String, content: String,
        beginOffsetMillis: Int, endOffsetMillis: Int,
        sentiment: Sentiment? = nil, issuesDetected: [IssueDetected]? = nil
    ) {
        self.id = id
        self.participantId = participantId
        self.participantRole = participantRole
        self.content = content
        self.beginOffsetMillis = beginOffsetMillis
        self.endOffsetMillis = endOffsetMillis
        self.sentiment = sentiment
        self.issuesDetected = issuesDetected
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "Id"
        case participantId = "ParticipantId"
        case participantRole = "ParticipantRole"
        case content = "Content"
        case beginOffsetMillis = "BeginOffsetMillis"
        case endOffsetMillis = "EndOffsetMillis"
        case sentiment = "Sentiment"
        case issuesDetected = "IssuesDetected"
    }
}

/// `SentimentValue`: POSITIVE, NEUTRAL, NEGATIVE, or a value added later.
package struct Sentiment: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let positive = Sentiment(rawValue: "POSITIVE")
    package static let neutral = Sentiment(rawValue: "NEUTRAL")
    package static let negative = Sentiment(rawValue: "NEGATIVE")
    package static let knownValues: [Sentiment] = [.positive, .neutral, .negative]
}

/// `IssueDetected`: where in `Content` an issue was detected.
package struct IssueDetected: Codable, Hashable, Sendable {
    package var characterOffsets: CharacterOffsets

    package init(characterOffsets: CharacterOffsets) { self.characterOffsets = characterOffsets }
    package init(_ begin: Int, _ end: Int) {
        self.characterOffsets = CharacterOffsets(beginOffsetChar: begin, endOffsetChar: end)
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case characterOffsets = "CharacterOffsets" }
}

/// `CharacterOffsets`: a range of Unicode code points of the transcript's content.
package struct CharacterOffsets: Codable, Hashable, Sendable {
    package var beginOffsetChar: Int
    package var endOffsetChar: Int

    package init(beginOffsetChar: Int, endOffsetChar: Int) {
        self.beginOffsetChar = beginOffsetChar
        self.endOffsetChar = endOffsetChar
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case beginOffsetChar = "BeginOffsetChar"
        case endOffsetChar = "EndOffsetChar"
    }
}
