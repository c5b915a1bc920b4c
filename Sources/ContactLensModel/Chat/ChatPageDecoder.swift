/// The chat API's shapes read straight from bytes, as `PageDecoder` reads the voice API's: the
/// members the `Codable` conformances read, required where they are required, null as absent,
/// unknown members skipped and unknown segment kinds kept. Anything else throws `Unsupported`
/// and the caller hands the bytes to `JSONDecoder`.
extension PageDecoder {
    /// One `RealtimeContactAnalysisSegment`, its members in `ChatSegmentObject`'s order.
    static func chatSegmentObject(_ r: inout JSONReader, into segments: inout [Segment]) throws(Unsupported) {
        var known: [(order: Int, segment: Segment)] = []
        var unknown: [(kind: String, json: RawJSON)] = []
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            let read: (order: Int, segment: Segment?)
            switch key {
            case "Transcript":
                try seen.first(0)
                read = (0, r.readNull() ? nil : .chat(.transcript(try chatTranscript(&r))))
            case "Categories":
                try seen.first(1)
                read = (1, r.readNull() ? nil : .chat(.categories(try chatCategories(&r))))
            case "Issues":
                try seen.first(2)
                read = (2, r.readNull() ? nil : .chat(.issues(try chatIssues(&r))))
            case "Event":
                try seen.first(3)
                read = (3, r.readNull() ? nil : .chat(.event(try chatEvent(&r))))
            case "Attachments":
                try seen.first(4)
                read = (4, r.readNull() ? nil : .chat(.attachments(try chatAttachments(&r))))
            case "PostContactSummary":
                try seen.first(5)
                read = (5, r.readNull() ? nil : .postContactSummary(try summary(&r)))
            default:
                let name = key.string
                guard !unknown.contains(where: { $0.kind == name }) else { throw Unsupported() }
                // `JSONDecoder` keeps a null unknown member as the JSON `null`.
                unknown.append((name, RawJSON(validated: try r.rawValue())))
                continue
            }
            if let segment = read.segment { known.append((read.order, segment)) }
        }
        segments += known.sorted { $0.order < $1.order }.map(\.segment)
        segments += unknown.sorted { $0.kind < $1.kind }.map { .unknown(kind: $0.kind, json: $0.json) }
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
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Id":
                try seen.first(0)
                id = try r.readString()
            case "ParticipantId":
                try seen.first(1)
                participantId = try r.readString()
            case "ParticipantRole":
                try seen.first(2)
                participantRole = try r.readString()
            case "DisplayName":
                try seen.first(3)
                displayName = r.readNull() ? nil : try r.readString()
            case "Content":
                try seen.first(4)
                content = try r.readString()
            case "ContentType":
                try seen.first(5)
                contentType = r.readNull() ? nil : try r.readString()
            case "Time":
                try seen.first(6)
                time = try chatTime(&r)
            case "Redaction":
                try seen.first(7)
                redaction = r.readNull() ? nil : ChatRedaction(characterOffsets: try characterOffsetsList(&r))
            case "Sentiment":
                try seen.first(8)
                sentiment = r.readNull() ? nil : Sentiment(rawValue: try r.readString())
            default: try r.skipValue()
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
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Id":
                try seen.first(0)
                id = try r.readString()
            case "ParticipantId":
                try seen.first(1)
                participantId = r.readNull() ? nil : try r.readString()
            case "ParticipantRole":
                try seen.first(2)
                participantRole = r.readNull() ? nil : try r.readString()
            case "DisplayName":
                try seen.first(3)
                displayName = r.readNull() ? nil : try r.readString()
            case "EventType":
                try seen.first(4)
                eventType = try r.readString()
            case "Time":
                try seen.first(5)
                time = try chatTime(&r)
            default: try r.skipValue()
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
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Id":
                try seen.first(0)
                id = try r.readString()
            case "ParticipantId":
                try seen.first(1)
                participantId = try r.readString()
            case "ParticipantRole":
                try seen.first(2)
                participantRole = try r.readString()
            case "DisplayName":
                try seen.first(3)
                displayName = r.readNull() ? nil : try r.readString()
            case "Attachments":
                try seen.first(4)
                attachments = try r.readArray(chatAttachment)
            case "Time":
                try seen.first(5)
                time = try chatTime(&r)
            default: try r.skipValue()
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
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "AttachmentName":
                try seen.first(0)
                name = try r.readString()
            case "ContentType":
                try seen.first(1)
                contentType = r.readNull() ? nil : try r.readString()
            case "AttachmentId":
                try seen.first(2)
                attachmentId = try r.readString()
            case "Status":
                try seen.first(3)
                status = r.readNull() ? nil : try r.readString()
            default: try r.skipValue()
            }
        }
        guard let name, let attachmentId else { throw Unsupported() }
        return ChatAttachment(attachmentName: name, contentType: contentType, attachmentId: attachmentId, status: status)
    }

    static func chatIssues(_ r: inout JSONReader) throws(Unsupported) -> ChatIssues {
        var issues: [ChatIssue]?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "IssuesDetected":
                try seen.first(0)
                issues = try r.readArray { r throws(Unsupported) in
                    var items: [ChatIssueItem]?
                    var seen = Members()
                    try r.beginObject()
                    while let key = try r.nextKey() {
                        switch key {
                        case "TranscriptItems":
                            try seen.first(0)
                            items = try r.readArray(chatIssueItem)
                        default: try r.skipValue()
                        }
                    }
                    guard let items else { throw Unsupported() }
                    return ChatIssue(transcriptItems: items)
                }
            default: try r.skipValue()
            }
        }
        guard let issues else { throw Unsupported() }
        return ChatIssues(issuesDetected: issues)
    }

    static func chatIssueItem(_ r: inout JSONReader) throws(Unsupported) -> ChatIssueItem {
        var content: String?
        var id: String?
        var offsets: CharacterOffsets?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Content":
                try seen.first(0)
                content = r.readNull() ? nil : try r.readString()
            case "Id":
                try seen.first(1)
                id = try r.readString()
            case "CharacterOffsets":
                try seen.first(2)
                offsets = r.readNull() ? nil : try characterOffsets(&r)
            default: try r.skipValue()
            }
        }
        guard let id else { throw Unsupported() }
        return ChatIssueItem(content: content, id: id, characterOffsets: offsets)
    }

    static func chatCategories(_ r: inout JSONReader) throws(Unsupported) -> ChatCategories {
        var details: [String: ChatCategoryDetails]?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "MatchedDetails":
                try seen.first(0)
                var all: [String: ChatCategoryDetails] = [:]
                try r.beginObject()
                while let name = try r.nextMapKey() {
                    guard all[name] == nil else { throw Unsupported() }
                    all[name] = try chatCategoryDetails(&r)
                }
                details = all
            default: try r.skipValue()
            }
        }
        guard let details else { throw Unsupported() }
        return ChatCategories(matchedDetails: details)
    }

    static func chatCategoryDetails(_ r: inout JSONReader) throws(Unsupported) -> ChatCategoryDetails {
        var points: [ChatPointOfInterest]?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "PointsOfInterest":
                try seen.first(0)
                points = try r.readArray { r throws(Unsupported) in
                    var items: [ChatTranscriptItem]?
                    var seen = Members()
                    try r.beginObject()
                    while let key = try r.nextKey() {
                        switch key {
                        case "TranscriptItems":
                            try seen.first(0)
                            items = r.readNull() ? nil : try r.readArray(chatTranscriptItem)
                        default: try r.skipValue()
                        }
                    }
                    return ChatPointOfInterest(transcriptItems: items)
                }
            default: try r.skipValue()
            }
        }
        guard let points else { throw Unsupported() }
        return ChatCategoryDetails(pointsOfInterest: points)
    }

    static func chatTranscriptItem(_ r: inout JSONReader) throws(Unsupported) -> ChatTranscriptItem {
        var id: String?
        var offsets: CharacterOffsets?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Id":
                try seen.first(0)
                id = try r.readString()
            case "CharacterOffsets":
                try seen.first(1)
                offsets = r.readNull() ? nil : try characterOffsets(&r)
            default: try r.skipValue()
            }
        }
        guard let id else { throw Unsupported() }
        return ChatTranscriptItem(id: id, characterOffsets: offsets)
    }

    /// `RealTimeContactAnalysisTimeData`, required where it appears (its member is optional).
    static func chatTime(_ r: inout JSONReader) throws(Unsupported) -> ChatTime {
        var absolute: String?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "AbsoluteTime":
                try seen.first(0)
                absolute = r.readNull() ? nil : try r.readString()
            default: try r.skipValue()
            }
        }
        return ChatTime(absoluteTime: absolute)
    }

    static func characterOffsets(_ r: inout JSONReader) throws(Unsupported) -> CharacterOffsets {
        let (begin, end) = try pair(&r, "BeginOffsetChar", "EndOffsetChar")
        return CharacterOffsets(beginOffsetChar: begin, endOffsetChar: end)
    }

    /// `Redaction.CharacterOffsets`: optional, a list.
    static func characterOffsetsList(_ r: inout JSONReader) throws(Unsupported) -> [CharacterOffsets]? {
        var list: [CharacterOffsets]?
        var seen = Members()
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "CharacterOffsets":
                try seen.first(0)
                list = r.readNull() ? nil : try r.readArray(characterOffsets)
            default: try r.skipValue()
            }
        }
        return list
    }
}
