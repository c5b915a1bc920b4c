import ContactLensModel
import FoundationEssentials

/// Lays the history plan out over the day before `now`: each contact's time, its transcript (a
/// voice call's turns, or a chat's messages at absolute times that agree with its schedule), and
/// a transfer's second leg right after the first.
struct HistoryBuilder {
    let now: Date
    private(set) var contacts: [ScenarioContact] = []
    private(set) var history: [ScenarioFloor.PastContact] = []
    private var count = 0

    init(now: Date) { self.now = now }

    static let customers = ["Inés", "Tomasz", "Amara", "Kenji", "Lucía", "Ola", "Dev", "Mireille", "Sven", "Hana"]

    mutating func add(_ entry: HistoryPlan.Entry, index i: Int) {
        let jitter = [0, 7, -5, 11, -9][i % 5]
        let ago = (1_400 - i * 37 + jitter) * 60
        let queue = 10 + (i * 13) % 50
        let first = leg(
            entry.topic, chat: entry.chat, agent: entry.agent, queueId: entry.queue, analysed: entry.analysed, ago: ago,
            queueSeconds: queue, customer: Self.customers[i % Self.customers.count], previous: nil)
        guard let (topic, agent, queueId, method) = entry.transfer else { return }
        let next = ago - FloorSchedule.ivrMillis / 1000 - queue - Int(first.seconds.rounded(.up))
        _ = leg(
            topic, chat: entry.chat, agent: agent, queueId: queueId, analysed: true, ago: next,
            queueSeconds: FloorSchedule.transferQueueMillis / 1000, customer: Self.customers[i % Self.customers.count],
            previous: (first.id, method))
    }

    /// Adds one contact; answers its id and length in seconds.
    private mutating func leg(
        _ topic: HistoryScripts.Topic, chat: Bool, agent: String, queueId: String, analysed: Bool, ago: Int, queueSeconds: Int,
        customer: String, previous: (id: String, method: String)?
    ) -> (id: String, seconds: Double) {
        count += 1
        let digits = String(count)
        let id = "da7a0000-0000-4000-8000-" + String(repeating: "0", count: 12 - digits.count) + digits
        let ivr = previous == nil ? FloorSchedule.ivrMillis / 1000 : 0
        let connected = now.addingTimeInterval(Double(-ago + ivr + queueSeconds))
        var seconds = Double(150 + (count * 17) % 120)
        if analysed {
            let contact =
                chat
                ? chatContact(id, topic, agent: agent, customer: customer, connected: connected)
                : voiceContact(id, topic)
            seconds = Double(contact.durationMillis) / 1000
            contacts.append(contact)
        }
        history.append(
            ScenarioFloor.PastContact(
                contactId: id, channel: chat ? "CHAT" : "VOICE", agentId: agent, queueId: queueId, initiatedSecondsAgo: ago,
                durationSeconds: analysed ? nil : Int(seconds), queueSeconds: queueSeconds, initiationMethod: previous?.method,
                previousContactId: previous?.id))
        return (id, seconds)
    }

    private func voiceContact(_ id: String, _ topic: HistoryScripts.Topic) -> ScenarioContact {
        var call = FloorCallBuilder(index: 200 + count)
        for line in HistoryScripts.lines(topic) { call.say(line) }
        for (name, turn) in HistoryScripts.categories(topic) { call.category(name, turn: turn) }
        return ScenarioContact(instanceId: DemoIdentity.instanceId, contactId: id, segments: call.segments)
    }

    /// A chat whose first message is when the agent joined; one message every 20 seconds or so.
    private func chatContact(_ id: String, _ topic: HistoryScripts.Topic, agent: String, customer: String, connected: Date)
        -> ScenarioContact
    {
        let agentName = agent.dropFirst(2).prefix(1).uppercased() + agent.dropFirst(3)
        var millis = Int((connected.timeIntervalSince1970 * 1000).rounded())
        var segments: [ScenarioSegment] = []
        var messageIds: [String] = []
        for (n, line) in HistoryScripts.lines(topic).enumerated() {
            let messageId = "\(id.prefix(8))-\(count)-\(n + 1)"
            messageIds.append(messageId)
            let agentSays = line.role == "AGENT"
            segments.append(
                ScenarioSegment(
                    .chat(
                        .transcript(
                            ChatTranscript(
                                id: messageId, participantId: agentSays ? "participant-agent" : "participant-customer",
                                participantRole: line.role, displayName: agentSays ? agentName : customer, content: line.text,
                                contentType: "text/plain", time: ChatTime(absoluteTime: ISOTime.format(epochMillis: millis)),
                                sentiment: line.sentiment)))))
            millis += 15_000 + (n * 7_000) % 20_000
        }
        for (name, turn) in HistoryScripts.categories(topic) where turn < messageIds.count {
            let points = [ChatPointOfInterest(transcriptItems: [ChatTranscriptItem(id: messageIds[turn])])]
            segments.append(
                ScenarioSegment(
                    .chat(.categories(ChatCategories(matchedDetails: [name: ChatCategoryDetails(pointsOfInterest: points)])))))
        }
        return ScenarioContact(
            instanceId: DemoIdentity.instanceId, contactId: id, segments: segments, channel: "CHAT", outputTypes: ["Raw"])
    }
}
