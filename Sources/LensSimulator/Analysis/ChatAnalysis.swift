import ContactLensModel

/// A chat's post-contact analysis as Contact Lens writes it, from the scenario's items: the
/// messages and events in time order (a message's `Redaction` marks its PII in the raw file and
/// the `[PII]` placeholders in the redacted one), the categories pointing at messages, the
/// contact summary's issues, outcomes and action items, response times and sentiment.
enum ChatAnalysis {
    static let transcriptVersion = "2019-08-26"

    static func analysis(of contact: ScenarioContact, context: AnalysisContext, redacted: Bool) -> PostContactAnalysis {
        var segments = marked(contact.segments.map(\.segment), PIIDetector(names: context.names))
        if redacted { segments = ChatRedactor.redacted(segments) }
        var items: [(millis: Int, order: Int, item: AnalysisTranscriptItem)] = []
        var messages: [ChatMeasures.Message] = []
        var participants: [AnalysisParticipant] = []
        var found = AnalysisContactSummary()
        var agentJoined: Int?
        func meet(_ id: String?, _ role: String?, _ name: String?) {
            guard let id, !participants.contains(where: { $0.participantId == id }) else { return }
            participants.append(AnalysisParticipant(participantId: id, participantRole: role, displayName: name))
        }
        for segment in segments {
            guard case .chat(let chat) = segment else { continue }
            switch chat {
            case .transcript(let message):
                meet(message.participantId, message.participantRole, message.displayName)
                let millis = message.time.epochMillis ?? 0
                items.append((millis, items.count, item(message)))
                messages.append(
                    .init(id: message.id, role: message.participantRole, millis: millis, sentiment: message.sentiment))
                let finding = AnalysisFindings.find(
                    role: message.participantRole, content: message.content, sentiment: message.sentiment)
                let refs = { (offsets: [CharacterOffsets]) in
                    offsets.map { [TranscriptItemReference(id: message.id, characterOffsets: $0)] }
                }
                found.issues += refs(finding.issues)
                found.outcomes += refs(finding.outcomes)
                found.actionItems += refs(finding.actionItems)
            case .event(let event):
                meet(event.participantId, event.participantRole, event.displayName)
                let millis = event.time.epochMillis ?? 0
                if event.participantRole == "AGENT", event.eventType.hasSuffix("participant.joined"), agentJoined == nil {
                    agentJoined = millis
                }
                items.append(
                    (
                        millis, items.count,
                        AnalysisTranscriptItem(
                            id: event.id, participantId: event.participantId, participantRole: event.participantRole,
                            displayName: event.displayName, type: "EVENT", contentType: event.eventType,
                            absoluteTime: event.time.absoluteTime)
                    ))
            case .issues, .categories, .attachments: continue
            }
        }
        // Issues the scenario names replace the ones found by rule.
        let given = segments.flatMap { segment -> [[TranscriptItemReference]] in
            guard case .chat(.issues(let issues)) = segment else { return [] }
            return issues.issuesDetected.map {
                $0.transcriptItems.map { TranscriptItemReference(id: $0.id, characterOffsets: $0.characterOffsets) }
            }
        }
        if !given.isEmpty { found.issues = given }
        found.postContactSummary = VoiceAnalysis.summary(of: contact)
        let ordered = items.sorted { ($0.millis, $0.order) < ($1.millis, $1.order) }
        return PostContactAnalysis(
            accountId: context.accountId, channel: "CHAT", languageCode: context.languageCode, jobStatus: "COMPLETED",
            contentMetadata: redacted
                ? ContentMetadata(output: "Redacted", redactionTypes: ["PII"]) : ContentMetadata(output: "Raw"),
            customerMetadata: CustomerMetadata(
                contactId: contact.contactId, instanceId: context.instanceId,
                inputS3Uri: context.chatTranscriptURI(contactId: contact.contactId)),
            chatTranscriptVersion: transcriptVersion, participants: participants, categories: categories(segments),
            conversationCharacteristics: ConversationCharacteristics(
                sentiment: ChatMeasures.sentiment(messages), contactSummary: found,
                responseTime: ChatMeasures.responseTime(
                    messages, agentJoinedMillis: agentJoined, firstItemMillis: ordered.first?.millis)),
            transcript: ordered.map(\.item))
    }

    /// Each message's PII marked in its `Redaction`, by the detector where the scenario marks none.
    static func marked(_ segments: [Segment], _ detector: PIIDetector) -> [Segment] {
        segments.map { segment in
            guard case .chat(.transcript(var message)) = segment, message.redaction?.characterOffsets?.isEmpty ?? true else {
                return segment
            }
            let ranges = detector.ranges(in: message.content)
            message.redaction = ranges.isEmpty ? nil : ChatRedaction(characterOffsets: ranges)
            return .chat(.transcript(message))
        }
    }

    static func item(_ message: ChatTranscript) -> AnalysisTranscriptItem {
        AnalysisTranscriptItem(
            id: message.id, participantId: message.participantId, participantRole: message.participantRole,
            displayName: message.displayName, content: message.content, type: "MESSAGE", contentType: message.contentType,
            absoluteTime: message.time.absoluteTime,
            redaction: message.redaction?.characterOffsets.flatMap { $0.isEmpty ? nil : AnalysisRedaction(characterOffsets: $0) })
    }

    /// Every category, in the order first matched, with its points (each a set of messages).
    static func categories(_ segments: [Segment]) -> AnalysisCategories {
        var names: [String] = []
        var points: [String: [AnalysisPointOfInterest]] = [:]
        for segment in segments {
            guard case .chat(.categories(let categories)) = segment else { continue }
            for name in categories.matchedDetails.keys.sorted() {
                if points[name] == nil { names.append(name) }
                var list = points[name] ?? []
                for point in categories.matchedDetails[name]?.pointsOfInterest ?? [] {
                    let made = AnalysisPointOfInterest(
                        transcriptItems: (point.transcriptItems ?? []).map {
                            TranscriptItemReference(id: $0.id, characterOffsets: $0.characterOffsets)
                        })
                    if !list.contains(made) { list.append(made) }
                }
                points[name] = list
            }
        }
        return AnalysisCategories(matchedCategories: names, pointsByCategory: points)
    }
}
