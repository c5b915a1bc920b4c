import ContactLensModel

extension Scenario {
    /// `lenstail demo --wall`: eight overlapping calls on three queues, taken by eight agents,
    /// with different moods; one escalates, and when it ends Sam transfers the caller to Frank on
    /// the Retention queue (a new leg, with its own analysis). A ninth agent takes a chat (the chat
    /// demo's) on the Support queue. Callers wait in Billing and Support; two supervisors may listen
    /// in. In Swift source so a copied binary still has it.
    package static var wallDemo: Scenario {
        let scripts = WallScripts.all
        var contacts: [ScenarioContact] = []
        var calls: [ScenarioFloor.Call] = []
        for (i, script) in scripts.enumerated() {
            let contactId = "wa11ca11-0000-4000-8000-\(String(i + 1).wallPadded(12))"
            var call = FloorCallBuilder(index: i)
            for line in script.lines { call.say(line) }
            for (name, turn) in script.categories { call.category(name, turn: turn) }
            contacts.append(ScenarioContact(instanceId: DemoIdentity.instanceId, contactId: contactId, segments: call.segments))
            calls.append(
                ScenarioFloor.Call(
                    contactId: contactId, agentId: WallScripts.agents[i].id, queueId: script.queue,
                    startsAtMillis: script.startsAt))
        }
        var chat = chatDemoContact
        chat.contactId = wallChatContactId
        contacts.append(chat)
        calls.append(
            ScenarioFloor.Call(
                contactId: wallChatContactId, agentId: WallScripts.chatAgent.id, queueId: "q-support-0002", startsAtMillis: 2_000)
        )
        var transfer = FloorCallBuilder(index: scripts.count + 1)
        for line in WallScripts.retention.lines { transfer.say(line) }
        for (name, turn) in WallScripts.retention.categories { transfer.category(name, turn: turn) }
        contacts.append(
            ScenarioContact(instanceId: DemoIdentity.instanceId, contactId: wallTransferContactId, segments: transfer.segments))
        calls.append(
            ScenarioFloor.Call(
                contactId: wallTransferContactId, agentId: WallScripts.retentionAgent.id, queueId: WallScripts.retention.queue,
                startsAtMillis: 0, initiationMethod: "TRANSFER", previousContactId: calls[0].contactId, quickConnect: "Retention")
        )
        let floor = ScenarioFloor(
            agents: WallScripts.agents + [WallScripts.chatAgent, WallScripts.retentionAgent],
            queues: [
                .init(id: "q-billing-0001", name: "Billing"), .init(id: "q-support-0002", name: "Support"),
                .init(id: "q-sales-0003", name: "Sales"), .init(id: "q-retention-0004", name: "Retention"),
            ],
            routingProfiles: [
                .init(id: "rp-front-0001", name: "Front line", queueIds: ["q-billing-0001", "q-support-0002"]),
                .init(id: "rp-sales-0002", name: "Sales desk", queueIds: ["q-sales-0003"]),
                .init(id: "rp-retention-0003", name: "Retention desk", queueIds: ["q-retention-0004"]),
            ],
            calls: calls, supervisors: wallSupervisors, waiting: wallWaiting, hierarchyGroups: wallHierarchyGroups)
        return Scenario(contacts: contacts, floor: floor)
    }

    /// The floor's agent hierarchy: every agent is in Floor 1; Floor 2 has nobody today.
    package static let wallHierarchyGroups: [ScenarioFloor.Named] = [
        .init(id: "hg-floor-1", name: "Floor 1"), .init(id: "hg-floor-2", name: "Floor 2"),
    ]

    /// The escalating call's first leg (Sam, Billing), which Sam transfers to Frank.
    package static let wallEscalatingContactId = "wa11ca11-0000-4000-8000-000000000001"

    /// The escalating call's second leg (Frank, Retention), transferred from Sam's.
    package static let wallTransferContactId = "wa11ca11-0000-4000-8000-000000000010"

    /// Rosa may listen in and barge in (the demo key's role session is hers); Li may only listen.
    static let wallSupervisors = [
        ScenarioFloor.Supervisor(id: "u-rosa", username: DemoIdentity.supervisorUsername, firstName: "Rosa", lastName: "Mendes"),
        ScenarioFloor.Supervisor(
            id: "u-li", username: "li.wei", firstName: "Li", lastName: "Wei",
            permissions: [ScenarioFloor.Supervisor.managerMonitor]),
    ]

    /// Callers waiting in Billing and Support (some already when the demo starts; their waits grow).
    static let wallWaiting = [
        ScenarioFloor.WaitingCaller(queueId: "q-billing-0001", enqueuedAtMillis: -45_000, leavesAtMillis: 75_000),
        ScenarioFloor.WaitingCaller(queueId: "q-billing-0001", enqueuedAtMillis: -20_000),
        ScenarioFloor.WaitingCaller(queueId: "q-billing-0001", enqueuedAtMillis: 15_000, leavesAtMillis: 140_000),
        ScenarioFloor.WaitingCaller(queueId: "q-billing-0001", enqueuedAtMillis: 50_000),
        ScenarioFloor.WaitingCaller(queueId: "q-support-0002", enqueuedAtMillis: -70_000),
        ScenarioFloor.WaitingCaller(
            queueId: "q-support-0002", channel: "CHAT", enqueuedAtMillis: 30_000, leavesAtMillis: 120_000),
    ]

    /// The wall demo's chat.
    package static let wallChatContactId = "wa11c4a7-0000-4000-8000-000000000009"

    /// The wall demo with every call already connected when the emulator starts (for tests that
    /// must not depend on how fast a loaded machine gets to its first request).
    package static var wallDemoAllConnected: Scenario {
        var scenario = wallDemo
        let calls = scenario.floor?.calls ?? []
        scenario.floor?.calls = calls.map { call in
            var call = call
            call.startsAtMillis = 0  // a transferred leg still starts when the leg before it ends
            return call
        }
        return scenario
    }
}

/// Writes one floor call turn by turn; offsets follow from the text's length.
struct FloorCallBuilder {
    var segments: [ScenarioSegment] = []
    private var turns: [Transcript] = []
    private var clock = 0
    let index: Int

    init(index: Int) { self.index = index }

    mutating func say(_ line: WallScripts.Line) {
        let begin = clock + line.gap
        let end = begin + max(1_500, line.text.unicodeScalars.count * 65)
        clock = end
        let turn = Transcript(
            id: "wa11-\(index)-\(turns.count + 1)", participantId: line.role == "AGENT" ? "agent-\(index)" : "customer-\(index)",
            participantRole: line.role, content: line.text, beginOffsetMillis: begin, endOffsetMillis: end,
            sentiment: line.sentiment)
        turns.append(turn)
        segments.append(ScenarioSegment(.transcript(turn)))
    }

    mutating func category(_ name: String, turn index: Int) {
        let points = [
            PointOfInterest(beginOffsetMillis: turns[index].beginOffsetMillis, endOffsetMillis: turns[index].endOffsetMillis)
        ]
        segments.append(
            ScenarioSegment(
                .categories(
                    Categories(matchedCategories: [name], matchedDetails: [name: CategoryDetails(pointsOfInterest: points)]))))
    }
}

extension String {
    fileprivate func wallPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
