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

extension Transcript {
    /// Issue ranges in Unicode code points of `content`: clamped to the content,
    /// inverted or empty ones dropped, sorted and merged where they overlap.
    public var issueRanges: [Range<Int>] {
        guard let issues = issuesDetected, !issues.isEmpty else { return [] }
        let length = content.unicodeScalars.count
        let clamped = issues.compactMap { issue -> Range<Int>? in
            let begin = max(0, min(issue.characterOffsets.beginOffsetChar, length))
            let end = max(0, min(issue.characterOffsets.endOffsetChar, length))
            return begin < end ? begin..<end : nil
        }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in clamped {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The text of each issue range, for plain-text outputs.
    public var issueTexts: [String] {
        let scalars = Array(content.unicodeScalars)
        return issueRanges.map { range in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[range])
            return String(text)
        }
    }
}
