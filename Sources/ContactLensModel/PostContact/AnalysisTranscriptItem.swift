/// One item of an analysis file's `Transcript`: a voice turn (offsets in milliseconds, loudness,
/// issues, outcomes and action items) or a chat item (`Type` MESSAGE or EVENT, an absolute time,
/// a content type). Every member is optional: a reader of files written over the years takes
/// what is there.
package struct AnalysisTranscriptItem: Sendable, Hashable, Decodable {
    package var id: String?
    package var participantId: String?
    /// Chat items name the role; voice items only their participant (see `Participants`).
    package var participantRole: String?
    package var displayName: String?
    package var content: String?
    package var beginOffsetMillis: Int?
    package var endOffsetMillis: Int?
    /// Chat: MESSAGE or EVENT.
    package var type: String?
    /// Chat: `text/plain`, `text/markdown`, or an event's `application/vnd.amazonaws.connect.event.…`.
    package var contentType: String?
    /// Chat: ISO 8601, as written.
    package var absoluteTime: String?
    package var sentiment: String?
    /// Voice: the turn's loudness, one score a second or so (a gap may be null).
    package var loudnessScore: [Double?]?
    package var issuesDetected: [DetectedSpan]?
    package var outcomesDetected: [DetectedSpan]?
    package var actionItemsDetected: [DetectedSpan]?
    package var redaction: AnalysisRedaction?
    /// Members this model does not describe, as they came.
    package var unknown: [String: RawJSON]

    package init(
        id: String? = nil, participantId: String? = nil, participantRole: String? = nil, displayName: String? = nil,
        content: String? = nil, beginOffsetMillis: Int? = nil, endOffsetMillis: Int? = nil, type: String? = nil,
        contentType: String? = nil, absoluteTime: String? = nil, sentiment: String? = nil, loudnessScore: [Double?]? = nil,
        issuesDetected: [DetectedSpan]? = nil, outcomesDetected: [DetectedSpan]? = nil,
        actionItemsDetected: [DetectedSpan]? = nil, redaction: AnalysisRedaction? = nil, unknown: [String: RawJSON] = [:]
    ) {
        self.id = id
        self.participantId = participantId
        self.participantRole = participantRole
        self.displayName = displayName
        self.content = content
        self.beginOffsetMillis = beginOffsetMillis
        self.endOffsetMillis = endOffsetMillis
        self.type = type
        self.contentType = contentType
        self.absoluteTime = absoluteTime
        self.sentiment = sentiment
        self.loudnessScore = loudnessScore
        self.issuesDetected = issuesDetected
        self.outcomesDetected = outcomesDetected
        self.actionItemsDetected = actionItemsDetected
        self.redaction = redaction
        self.unknown = unknown
    }

    static let known: Set<String> = [
        "Id", "ParticipantId", "ParticipantRole", "DisplayName", "Content", "BeginOffsetMillis", "EndOffsetMillis", "Type",
        "ContentType", "AbsoluteTime", "Sentiment", "LoudnessScore", "IssuesDetected", "OutcomesDetected",
        "ActionItemsDetected", "Redaction",
    ]

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        id = c.text("Id")
        participantId = c.text("ParticipantId")
        participantRole = c.text("ParticipantRole")
        displayName = c.text("DisplayName")
        content = c.text("Content")
        beginOffsetMillis = c.integer("BeginOffsetMillis")
        endOffsetMillis = c.integer("EndOffsetMillis")
        type = c.text("Type")
        contentType = c.text("ContentType")
        absoluteTime = c.text("AbsoluteTime")
        sentiment = c.text("Sentiment")
        loudnessScore = c.lenient("LoudnessScore", as: [Lenient<Double>].self)?.map(\.value)
        issuesDetected = c.list("IssuesDetected")
        outcomesDetected = c.list("OutcomesDetected")
        actionItemsDetected = c.list("ActionItemsDetected")
        redaction = c.lenient("Redaction")
        unknown = c.unknown(except: Self.known)
    }

    /// True for a chat event (someone joined, left, was transferred…), not a message.
    package var isEvent: Bool {
        type == "EVENT" || (type == nil && contentType?.hasPrefix("application/vnd.amazonaws.connect.event") == true)
    }
}

/// An issue, outcome or action item found in a turn: where in its content, and the words.
package struct DetectedSpan: Sendable, Hashable, Decodable {
    package var characterOffsets: CharacterOffsets?
    package var text: String?

    package init(characterOffsets: CharacterOffsets?, text: String? = nil) {
        self.characterOffsets = characterOffsets
        self.text = text
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        characterOffsets = c.lenient("CharacterOffsets")
        text = c.text("Text")
    }
}

/// What was redacted in a turn: time ranges of the audio (voice) or character ranges of the
/// content (chat).
package struct AnalysisRedaction: Sendable, Hashable, Decodable {
    package var redactedTimestamps: [TimeSpan]?
    package var characterOffsets: [CharacterOffsets]?

    package init(redactedTimestamps: [TimeSpan]? = nil, characterOffsets: [CharacterOffsets]? = nil) {
        self.redactedTimestamps = redactedTimestamps
        self.characterOffsets = characterOffsets
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        redactedTimestamps = c.list("RedactedTimestamps")
        characterOffsets = c.list("CharacterOffsets")
    }
}

/// A span of the call in milliseconds from its start (non-talk time, an interruption, a
/// redaction, a sentiment period with its score).
package struct TimeSpan: Sendable, Hashable, Decodable {
    package var beginOffsetMillis: Int?
    package var endOffsetMillis: Int?
    /// An interruption's length.
    package var durationMillis: Int?
    /// A sentiment period's score, −5…+5.
    package var score: Double?

    package init(beginOffsetMillis: Int?, endOffsetMillis: Int?, durationMillis: Int? = nil, score: Double? = nil) {
        self.beginOffsetMillis = beginOffsetMillis
        self.endOffsetMillis = endOffsetMillis
        self.durationMillis = durationMillis
        self.score = score
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        beginOffsetMillis = c.integer("BeginOffsetMillis")
        endOffsetMillis = c.integer("EndOffsetMillis")
        durationMillis = c.integer("DurationMillis")
        score = c.number("Score")
    }
}
