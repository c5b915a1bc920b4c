import ContactLensModel

extension Scenario {
    /// The built-in chat: a bot takes the customer's first messages and hands over to an agent;
    /// the customer attaches a receipt; an issue and a category are detected; a summary ends it.
    package static var chatDemo: Scenario { Scenario(contacts: [chatDemoContact]) }

    static var chatDemoContact: ScenarioContact {
        var chat = DemoChat()
        chat.event("participant.joined", role: "CUSTOMER", name: "Inés", after: 0)
        chat.say("CUSTOM_BOT", "Northwind Assistant", "Hi! I'm the Northwind assistant. What can I help you with?")
        chat.say("CUSTOMER", "Inés", "I was charged twice for my March bill.", .negative, issue: "charged twice")
        chat.say("CUSTOM_BOT", "Northwind Assistant", "I'm sorry about that. I'm passing you to a billing specialist.")
        chat.event("transfer.succeeded", role: "SYSTEM", name: nil)
        chat.event("participant.joined", role: "AGENT", name: "Sam")
        chat.say("AGENT", "Sam", "Hello Inés, this is Sam from billing. Could you send me the receipt?", pii: ["Inés"])
        chat.attach(role: "CUSTOMER", name: "Inés", file: "receipt-march.pdf", type: "application/pdf")
        chat.say("CUSTOMER", "Inés", "Here it is. Two payments of €89.90 on March 3rd.")
        chat.say("AGENT", "Sam", "Thank you. I can see the duplicate payment. I'm refunding it now.", .positive)
        chat.category("Billing dispute", items: [1, 5])
        chat.say("CUSTOMER", "Inés", "Great, thanks Sam 🙂", .positive, pii: ["Sam"])
        chat.event("participant.left", role: "CUSTOMER", name: "Inés")
        chat.segments.append(
            ScenarioSegment(
                .postContactSummary(
                    PostContactSummary(
                        content: "A chatbot passed the customer to billing about a duplicate March charge of €89.90. "
                            + "She sent the receipt and the agent refunded the duplicate payment.",
                        status: .completed))))
        return ScenarioContact(
            instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.chatContactId, segments: chat.segments,
            channel: "CHAT", outputTypes: ["Raw", "Redacted"])
    }
}

/// Writes the demo chat item by item, a few seconds apart, at fixed absolute times.
private struct DemoChat {
    var segments: [ScenarioSegment] = []
    /// Ids of the messages, in order, for issues and categories.
    private var messageIds: [String] = []
    private var count = 0
    private var millis = 1_769_850_900_000  // 2026-01-31T09:15:00Z

    private mutating func next(after gap: Int) -> (id: String, time: ChatTime) {
        count += 1
        millis += gap
        let id = "c4a70000-0000-4000-8000-" + String(repeating: "0", count: 12 - String(count).count) + String(count)
        return (id, ChatTime(absoluteTime: ISOTime.format(epochMillis: millis)))
    }

    private static func participant(_ role: String) -> String { "participant-" + role.lowercased() }

    /// A message; `pii` are the parts its Redaction marks (the Redacted output replaces them).
    mutating func say(
        _ role: String, _ name: String, _ text: String, _ sentiment: Sentiment = .neutral, issue: String? = nil,
        pii: [String] = []
    ) {
        let (id, time) = next(after: 3_000)
        messageIds.append(id)
        let redaction = pii.compactMap { Self.offsets(of: $0, in: text) }
        segments.append(
            ScenarioSegment(
                .chat(
                    .transcript(
                        ChatTranscript(
                            id: id, participantId: Self.participant(role), participantRole: role, displayName: name,
                            content: text, contentType: "text/plain", time: time,
                            redaction: redaction.isEmpty ? nil : ChatRedaction(characterOffsets: redaction),
                            sentiment: sentiment)))))
        guard let issue, let offsets = Self.offsets(of: issue, in: text) else { return }
        let item = ChatIssueItem(content: issue, id: id, characterOffsets: offsets)
        segments.append(ScenarioSegment(.chat(.issues(ChatIssues(issuesDetected: [ChatIssue(transcriptItems: [item])])))))
    }

    mutating func event(_ type: String, role: String, name: String?, after gap: Int = 2_000) {
        let (id, time) = next(after: gap)
        let participantId = name == nil ? nil : Self.participant(role)
        segments.append(
            ScenarioSegment(
                .chat(
                    .event(
                        ChatEvent(
                            id: id, participantId: participantId, participantRole: role, displayName: name,
                            eventType: "application/vnd.amazonaws.connect.event." + type, time: time)))))
    }

    mutating func attach(role: String, name: String, file: String, type: String) {
        let (id, time) = next(after: 4_000)
        let attachment = ChatAttachment(
            attachmentName: file, contentType: type, attachmentId: "attachment-" + id.suffix(4), status: "APPROVED")
        segments.append(
            ScenarioSegment(
                .chat(
                    .attachments(
                        ChatAttachments(
                            id: id, participantId: Self.participant(role), participantRole: role, displayName: name,
                            attachments: [attachment], time: time)))))
    }

    /// Where `part` is in `text`, in Unicode scalars, end exclusive.
    private static func offsets(of part: String, in text: String) -> CharacterOffsets? {
        guard let range = text.firstRange(of: part) else { return nil }
        let begin = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return CharacterOffsets(beginOffsetChar: begin, endOffsetChar: begin + part.unicodeScalars.count)
    }

    /// A category matched on messages (indexes in message order).
    mutating func category(_ name: String, items: [Int]) {
        let points = [ChatPointOfInterest(transcriptItems: items.map { ChatTranscriptItem(id: messageIds[$0]) })]
        segments.append(
            ScenarioSegment(
                .chat(.categories(ChatCategories(matchedDetails: [name: ChatCategoryDetails(pointsOfInterest: points)])))))
    }
}
