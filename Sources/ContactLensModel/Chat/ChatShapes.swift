/// `RealTimeContactAnalysisTimeData`: a union whose one member today is `AbsoluteTime`
/// (ISO 8601, kept as the service wrote it; `epochMillis` reads it).
package struct ChatTime: Codable, Hashable, Sendable {
    package var absoluteTime: String?

    package init(absoluteTime: String?) { self.absoluteTime = absoluteTime }

    enum CodingKeys: String, CodingKey, CaseIterable { case absoluteTime = "AbsoluteTime" }

    /// Milliseconds since 1970, nil when absent or unreadable (the item then sorts first).
    package var epochMillis: Int? { absoluteTime.flatMap(ISOTime.epochMillis) }
}

/// `RealTimeContactAnalysisSegmentTranscript`: one chat message.
package struct ChatTranscript: Codable, Hashable, Sendable {
    package var id: String
    package var participantId: String
    package var participantRole: String
    package var displayName: String?
    package var content: String
    package var contentType: String?
    package var time: ChatTime
    package var redaction: ChatRedaction?
    package var sentiment: Sentiment?

    package init(
        id: String, participantId: String, participantRole: String, displayName: String? = nil, content: String,
        contentType: String? = nil, time: ChatTime, redaction: ChatRedaction? = nil, sentiment: Sentiment? = nil
    ) {
        self.id = id
        self.participantId = participantId
        self.participantRole = participantRole
        self.displayName = displayName
        self.content = content
        self.contentType = contentType
        self.time = time
        self.redaction = redaction
        self.sentiment = sentiment
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "Id"
        case participantId = "ParticipantId"
        case participantRole = "ParticipantRole"
        case displayName = "DisplayName"
        case content = "Content"
        case contentType = "ContentType"
        case time = "Time"
        case redaction = "Redaction"
        case sentiment = "Sentiment"
    }
}

/// `RealTimeContactAnalysisTranscriptItemRedaction`: ranges of the content that hold (Raw) or
/// replace (Redacted) sensitive data.
package struct ChatRedaction: Codable, Hashable, Sendable {
    package var characterOffsets: [CharacterOffsets]?

    package init(characterOffsets: [CharacterOffsets]?) { self.characterOffsets = characterOffsets }

    enum CodingKeys: String, CodingKey, CaseIterable { case characterOffsets = "CharacterOffsets" }
}

/// `RealTimeContactAnalysisSegmentEvent`: someone joined, left, was transferred…
package struct ChatEvent: Codable, Hashable, Sendable {
    package var id: String
    package var participantId: String?
    package var participantRole: String?
    package var displayName: String?
    package var eventType: String
    package var time: ChatTime

    package init(
        id: String, participantId: String? = nil, participantRole: String? = nil, displayName: String? = nil,
        eventType: String, time: ChatTime
    ) {
        self.id = id
        self.participantId = participantId
        self.participantRole = participantRole
        self.displayName = displayName
        self.eventType = eventType
        self.time = time
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "Id"
        case participantId = "ParticipantId"
        case participantRole = "ParticipantRole"
        case displayName = "DisplayName"
        case eventType = "EventType"
        case time = "Time"
    }
}

/// `RealTimeContactAnalysisSegmentAttachments`: files a participant sent.
package struct ChatAttachments: Codable, Hashable, Sendable {
    package var id: String
    package var participantId: String
    package var participantRole: String
    package var displayName: String?
    package var attachments: [ChatAttachment]
    package var time: ChatTime

    package init(
        id: String, participantId: String, participantRole: String, displayName: String? = nil,
        attachments: [ChatAttachment], time: ChatTime
    ) {
        self.id = id
        self.participantId = participantId
        self.participantRole = participantRole
        self.displayName = displayName
        self.attachments = attachments
        self.time = time
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "Id"
        case participantId = "ParticipantId"
        case participantRole = "ParticipantRole"
        case displayName = "DisplayName"
        case attachments = "Attachments"
        case time = "Time"
    }
}

/// `RealTimeContactAnalysisAttachment`.
package struct ChatAttachment: Codable, Hashable, Sendable {
    package var attachmentName: String
    package var contentType: String?
    package var attachmentId: String
    /// APPROVED, REJECTED, IN_PROGRESS (or a value added later).
    package var status: String?

    package init(attachmentName: String, contentType: String? = nil, attachmentId: String, status: String? = nil) {
        self.attachmentName = attachmentName
        self.contentType = contentType
        self.attachmentId = attachmentId
        self.status = status
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case attachmentName = "AttachmentName"
        case contentType = "ContentType"
        case attachmentId = "AttachmentId"
        case status = "Status"
    }
}
