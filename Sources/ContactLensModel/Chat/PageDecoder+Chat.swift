/// The chat API's shapes read straight from bytes, as `PageDecoder` reads the voice API's: the
/// members the `Codable` conformances read (their `CodingKeys`), required where they are
/// required, null as absent, unknown members skipped and unknown segment kinds kept. Anything else
/// throws `Unsupported` and the caller hands the bytes to `JSONDecoder`.
extension PageDecoder {
    /// One `RealtimeContactAnalysisSegment`, its members in `ChatSegment.Kind`'s order.
    static func chatSegmentObject(_ r: inout JSONReader, into segments: inout [Segment]) throws(Unsupported) {
        var known: [(kind: ChatSegment.Kind, segment: Segment)] = []
        var unknown: [(kind: String, json: RawJSON)] = []
        try r.readObject(
            ChatSegment.Kind.self, other: { key, r throws(Unsupported) in try keep(key, &r, in: &unknown) },
            read: { kind, r throws(Unsupported) in
                guard !r.readNull() else { return }
                let segment: Segment =
                    switch kind {
                    case .transcript: .chat(.transcript(try chatTranscript(&r)))
                    case .categories: .chat(.categories(try chatCategories(&r)))
                    case .issues: .chat(.issues(try chatIssues(&r)))
                    case .event: .chat(.event(try chatEvent(&r)))
                    case .attachments: .chat(.attachments(try chatAttachments(&r)))
                    case .postContactSummary: .postContactSummary(try summary(&r))
                    }
                known.append((kind, segment))
            })
        if known.count > 1 {
            let names = ChatSegment.Kind.names
            known.sort { names.order(of: $0.kind) < names.order(of: $1.kind) }
        }
        for member in known { segments.append(member.segment) }
        appendUnknown(unknown, to: &segments)
    }

    static func chatTranscript(_ r: inout JSONReader) throws(Unsupported) -> ChatTranscript {
        var id: String?
        var participantId: String?
        var participantRole: String?
        var displayName: String?
        var content: String?
        var contentType: String?
        var time: ChatTime?
        var redaction: ChatRedaction?
        var sentiment: Sentiment?
        try r.readObject(ChatTranscript.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .id: id = try r.readString()
            case .participantId: participantId = try r.readString()
            case .participantRole: participantRole = try r.readString()
            case .displayName: displayName = try r.readStringOrNull()
            case .content: content = try r.readString()
            case .contentType: contentType = try r.readStringOrNull()
            case .time: time = try chatTime(&r)
            case .redaction: redaction = r.readNull() ? nil : try chatRedaction(&r)
            case .sentiment: sentiment = try r.readStringOrNull().map(Sentiment.init(rawValue:))
            }
        }
        guard let id, let participantId, let participantRole, let content, let time else { throw Unsupported() }
        return ChatTranscript(
            id: id, participantId: participantId, participantRole: participantRole, displayName: displayName, content: content,
            contentType: contentType, time: time, redaction: redaction, sentiment: sentiment)
    }

    static func chatEvent(_ r: inout JSONReader) throws(Unsupported) -> ChatEvent {
        var id: String?
        var participantId: String?
        var participantRole: String?
        var displayName: String?
        var eventType: String?
        var time: ChatTime?
        try r.readObject(ChatEvent.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .id: id = try r.readString()
            case .participantId: participantId = try r.readStringOrNull()
            case .participantRole: participantRole = try r.readStringOrNull()
            case .displayName: displayName = try r.readStringOrNull()
            case .eventType: eventType = try r.readString()
            case .time: time = try chatTime(&r)
            }
        }
        guard let id, let eventType, let time else { throw Unsupported() }
        return ChatEvent(
            id: id, participantId: participantId, participantRole: participantRole, displayName: displayName,
            eventType: eventType, time: time)
    }

    static func chatAttachments(_ r: inout JSONReader) throws(Unsupported) -> ChatAttachments {
        var id: String?
        var participantId: String?
        var participantRole: String?
        var displayName: String?
        var attachments: [ChatAttachment]?
        var time: ChatTime?
        try r.readObject(ChatAttachments.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .id: id = try r.readString()
            case .participantId: participantId = try r.readString()
            case .participantRole: participantRole = try r.readString()
            case .displayName: displayName = try r.readStringOrNull()
            case .attachments: attachments = try r.readArray(chatAttachment)
            case .time: time = try chatTime(&r)
            }
        }
        guard let id, let participantId, let participantRole, let attachments, let time else { throw Unsupported() }
        return ChatAttachments(
            id: id, participantId: participantId, participantRole: participantRole, displayName: displayName,
            attachments: attachments, time: time)
    }

    static func chatAttachment(_ r: inout JSONReader) throws(Unsupported) -> ChatAttachment {
        var name: String?
        var contentType: String?
        var attachmentId: String?
        var status: String?
        try r.readObject(ChatAttachment.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .attachmentName: name = try r.readString()
            case .contentType: contentType = try r.readStringOrNull()
            case .attachmentId: attachmentId = try r.readString()
            case .status: status = try r.readStringOrNull()
            }
        }
        guard let name, let attachmentId else { throw Unsupported() }
        return ChatAttachment(attachmentName: name, contentType: contentType, attachmentId: attachmentId, status: status)
    }

    /// `RealTimeContactAnalysisTimeData`, required where it appears (its member is optional).
    static func chatTime(_ r: inout JSONReader) throws(Unsupported) -> ChatTime {
        var absolute: String?
        try r.readObject(ChatTime.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .absoluteTime: absolute = try r.readStringOrNull()
            }
        }
        return ChatTime(absoluteTime: absolute)
    }

    /// `Redaction`: its `CharacterOffsets`, optional, a list.
    static func chatRedaction(_ r: inout JSONReader) throws(Unsupported) -> ChatRedaction {
        var list: [CharacterOffsets]?
        try r.readObject(ChatRedaction.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .characterOffsets: list = r.readNull() ? nil : try r.readArray(characterOffsets)
            }
        }
        return ChatRedaction(characterOffsets: list)
    }
}
