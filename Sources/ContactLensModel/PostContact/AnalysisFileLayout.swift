/// An analysis written as Contact Lens lays its files out (the official voice and chat examples):
/// members in the examples' order, a member the analysis does not have left out, compact JSON.
/// `PostContactFile.read` reads back exactly the analysis written (the round-trip tests hold
/// every file the emulator writes to that); the JSON export writes the same members.
package enum AnalysisFileLayout {
    package typealias Members = [(String, JSONValue)]

    package static func bytes(_ analysis: PostContactAnalysis) -> [UInt8] { json(analysis).serialized() }

    package static func json(_ a: PostContactAnalysis) -> JSONValue {
        var members: Members = []
        members.add("Version", a.version.map(JSONValue.string))
        members.add("AccountId", a.accountId.map(JSONValue.string))
        members.add("Channel", a.channel.map(JSONValue.string))
        members.add("ChatTranscriptVersion", a.chatTranscriptVersion.map(JSONValue.string))
        members.add("ContentMetadata", a.contentMetadata.map(contentMetadata))
        members.add("CustomerMetadata", a.customerMetadata.map(customerMetadata))
        members.add("JobStatus", a.jobStatus.map(JSONValue.string))
        members.add("LanguageCode", a.languageCode.map(JSONValue.string))
        members.append(("Participants", .array(a.participants.map(participant))))
        members.add("Categories", a.categories.map(categories))
        members.add("ConversationCharacteristics", a.conversationCharacteristics.map { characteristics($0, chat: a.isChat) })
        members.append(("Transcript", .array(a.transcript.map(item))))
        for (name, raw) in a.unknown.sorted(by: { $0.key < $1.key }) {
            if let value = try? JSONValue.parse(raw.bytes) { members.append((name, value)) }
        }
        return .object(members)
    }

    package static func contentMetadata(_ m: ContentMetadata) -> JSONValue {
        var members: Members = []
        members.add("Output", m.output.map(JSONValue.string))
        if !m.redactionTypes.isEmpty { members.append(("RedactionTypes", .array(m.redactionTypes.map(JSONValue.string)))) }
        return .object(members)
    }

    package static func customerMetadata(_ m: CustomerMetadata) -> JSONValue {
        var members: Members = []
        members.add("ContactId", m.contactId.map(JSONValue.string))
        members.add("InstanceId", m.instanceId.map(JSONValue.string))
        members.add("InputS3Uri", m.inputS3Uri.map(JSONValue.string))
        return .object(members)
    }

    package static func participant(_ p: AnalysisParticipant) -> JSONValue {
        var members: Members = []
        members.add("DisplayName", p.displayName.map(JSONValue.string))
        members.add("ParticipantId", p.participantId.map(JSONValue.string))
        members.add("ParticipantRole", p.participantRole.map(JSONValue.string))
        return .object(members)
    }

    package static func categories(_ c: AnalysisCategories) -> JSONValue {
        let details = c.matches.map { match in
            (match.name, JSONValue.object([("PointsOfInterest", .array(match.points.map(point)))]))
        }
        return .object([
            ("MatchedCategories", .array(c.matchedCategories.map(JSONValue.string))), ("MatchedDetails", .object(details)),
        ])
    }

    package static func point(_ p: AnalysisPointOfInterest) -> JSONValue {
        var members: Members = []
        members.add("BeginOffsetMillis", p.beginOffsetMillis.map(number))
        members.add("EndOffsetMillis", p.endOffsetMillis.map(number))
        if !p.transcriptItems.isEmpty { members.append(("TranscriptItems", .array(p.transcriptItems.map(reference)))) }
        return .object(members)
    }

    package static func reference(_ r: TranscriptItemReference) -> JSONValue {
        var members: Members = []
        members.add("CharacterOffsets", r.characterOffsets.map(offsets))
        members.add("Id", r.id.map(JSONValue.string))
        return .object(members)
    }

    package static func offsets(_ o: CharacterOffsets) -> JSONValue {
        .object([("BeginOffsetChar", number(o.beginOffsetChar)), ("EndOffsetChar", number(o.endOffsetChar))])
    }

    package static func item(_ t: AnalysisTranscriptItem) -> JSONValue {
        var members: Members = []
        members.add("AbsoluteTime", t.absoluteTime.map(JSONValue.string))
        members.add("BeginOffsetMillis", t.beginOffsetMillis.map(number))
        members.add("Content", t.content.map(JSONValue.string))
        members.add("ContentType", t.contentType.map(JSONValue.string))
        members.add("DisplayName", t.displayName.map(JSONValue.string))
        members.add("EndOffsetMillis", t.endOffsetMillis.map(number))
        members.add("Id", t.id.map(JSONValue.string))
        members.add("ParticipantId", t.participantId.map(JSONValue.string))
        members.add("ParticipantRole", t.participantRole.map(JSONValue.string))
        members.add("Sentiment", t.sentiment.map(JSONValue.string))
        members.add("Type", t.type.map(JSONValue.string))
        members.add("LoudnessScore", t.loudnessScore.map { .array($0.map { $0.map(number) ?? .null }) })
        members.add("IssuesDetected", t.issuesDetected.map { .array($0.map(span)) })
        members.add("OutcomesDetected", t.outcomesDetected.map { .array($0.map(span)) })
        members.add("ActionItemsDetected", t.actionItemsDetected.map { .array($0.map(span)) })
        members.add("Redaction", t.redaction.map(redaction))
        for (name, raw) in t.unknown.sorted(by: { $0.key < $1.key }) {
            if let value = try? JSONValue.parse(raw.bytes) { members.append((name, value)) }
        }
        return .object(members)
    }

    package static func span(_ s: DetectedSpan) -> JSONValue {
        var members: Members = []
        members.add("CharacterOffsets", s.characterOffsets.map(offsets))
        members.add("Text", s.text.map(JSONValue.string))
        return .object(members)
    }

    package static func redaction(_ r: AnalysisRedaction) -> JSONValue {
        var members: Members = []
        members.add("RedactedTimestamps", r.redactedTimestamps.map { .array($0.map(timeSpan)) })
        members.add("CharacterOffsets", r.characterOffsets.map { .array($0.map(offsets)) })
        return .object(members)
    }

    package static func timeSpan(_ s: TimeSpan) -> JSONValue {
        var members: Members = []
        members.add("BeginOffsetMillis", s.beginOffsetMillis.map(number))
        members.add("DurationMillis", s.durationMillis.map(number))
        members.add("EndOffsetMillis", s.endOffsetMillis.map(number))
        members.add("Score", s.score.map(number))
        return .object(members)
    }

    /// A whole number as an integer (`172`, not `172.0`), as the examples write scores and speeds.
    package static func number(_ value: Double) -> JSONValue {
        value.rounded() == value && abs(value) < 9e15 ? .integer(Int64(value)) : .number(value)
    }

    package static func number(_ value: Int) -> JSONValue { .integer(Int64(value)) }
}

extension [(String, JSONValue)] {
    /// Appends the member when it has a value.
    package mutating func add(_ name: String, _ value: JSONValue?) {
        if let value { append((name, value)) }
    }
}
