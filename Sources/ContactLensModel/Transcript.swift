/// One turn of the conversation, exactly as the service model's `Transcript` shape.
public struct Transcript: Codable, Hashable, Sendable {
    public var id: String
    public var participantId: String
    public var participantRole: String
    public var content: String
    public var beginOffsetMillis: Int
    public var endOffsetMillis: Int
    public var sentiment: Sentiment?
    public var issuesDetected: [IssueDetected]?

    public init(
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

    enum CodingKeys: String, CodingKey {
        case id = "Id", participantId = "ParticipantId", participantRole = "ParticipantRole"
        case content = "Content", beginOffsetMillis = "BeginOffsetMillis"
        case endOffsetMillis = "EndOffsetMillis", sentiment = "Sentiment"
        case issuesDetected = "IssuesDetected"
    }
}

/// `SentimentValue`: POSITIVE, NEUTRAL, NEGATIVE, or a value added later.
public struct Sentiment: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let positive = Sentiment(rawValue: "POSITIVE")
    public static let neutral = Sentiment(rawValue: "NEUTRAL")
    public static let negative = Sentiment(rawValue: "NEGATIVE")
    public static let knownValues: [Sentiment] = [.positive, .neutral, .negative]
}

/// `IssueDetected`: where in `Content` an issue was detected.
public struct IssueDetected: Codable, Hashable, Sendable {
    public var characterOffsets: CharacterOffsets

    public init(characterOffsets: CharacterOffsets) { self.characterOffsets = characterOffsets }
    public init(_ begin: Int, _ end: Int) {
        self.characterOffsets = CharacterOffsets(beginOffsetChar: begin, endOffsetChar: end)
    }

    enum CodingKeys: String, CodingKey { case characterOffsets = "CharacterOffsets" }
}

/// `CharacterOffsets`: a range of Unicode code points of the transcript's content.
public struct CharacterOffsets: Codable, Hashable, Sendable {
    public var beginOffsetChar: Int
    public var endOffsetChar: Int

    public init(beginOffsetChar: Int, endOffsetChar: Int) {
        self.beginOffsetChar = beginOffsetChar
        self.endOffsetChar = endOffsetChar
    }

    enum CodingKeys: String, CodingKey {
        case beginOffsetChar = "BeginOffsetChar", endOffsetChar = "EndOffsetChar"
    }
}
