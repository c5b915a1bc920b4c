import ContactLensModel
import FoundationEssentials

extension Scenario {
    /// `lenstail demo --history`: a day of 40 finished contacts on the wall demo's floor — voice and
    /// chat, four queues, ten agents, three transfers (one a chat), two contacts whose flow had no
    /// Contact Lens block, several about refunds and cancellations — and two calls in progress.
    /// Chat messages carry absolute times, so the day ends at `now` (the emulator's start).
    package static func history(endingAt now: Date = Date()) -> Scenario {
        var builder = HistoryBuilder(now: now)
        for (i, entry) in HistoryPlan.entries.enumerated() { builder.add(entry, index: i) }
        var contacts = builder.contacts
        var calls: [ScenarioFloor.Call] = []
        for (i, script) in [WallScripts.all[1], WallScripts.all[5]].enumerated() {
            var call = FloorCallBuilder(index: 100 + i)
            for line in script.lines { call.say(line) }
            let id = "da7a11fe-0000-4000-8000-00000000000\(i + 1)"
            contacts.append(ScenarioContact(instanceId: DemoIdentity.instanceId, contactId: id, segments: call.segments))
            calls.append(
                ScenarioFloor.Call(
                    contactId: id, agentId: i == 0 ? "u-priya" : "u-marc", queueId: script.queue, startsAtMillis: 0))
        }
        let wall = Scenario.wallDemo.floor
        let floor = ScenarioFloor(
            agents: wall?.agents ?? [], queues: wall?.queues ?? [], routingProfiles: wall?.routingProfiles ?? [], calls: calls,
            supervisors: wallSupervisors, history: builder.history, hierarchyGroups: wallHierarchyGroups)
        return Scenario(contacts: contacts, floor: floor)
    }

    /// The day of contacts, ending now.
    package static var history: Scenario { history(endingAt: Date()) }
}

/// Which contact happened when, on which channel, with whom.
enum HistoryPlan {
    struct Entry {
        var topic: HistoryScripts.Topic
        var chat: Bool
        var agent: String
        var queue: String
        var analysed = true
        /// The leg the contact was transferred to: its topic, agent, queue and initiation method.
        var transfer: (HistoryScripts.Topic, String, String, String)?
    }

    static let billing = "q-billing-0001"
    static let support = "q-support-0002"
    static let sales = "q-sales-0003"
    static let retention = "q-retention-0004"
    static let toRetention: (HistoryScripts.Topic, String, String, String) = (.retentionOffer, "u-frank", retention, "TRANSFER")

    static let entries: [Entry] = [
        .init(topic: .doubleCharge, chat: false, agent: "u-sam", queue: billing),
        .init(topic: .router, chat: false, agent: "u-priya", queue: support),
        .init(topic: .upgrade, chat: false, agent: "u-marc", queue: sales),
        .init(topic: .cancelContract, chat: false, agent: "u-lena", queue: billing, transfer: toRetention),
        .init(topic: .simActivation, chat: true, agent: "u-ana", queue: support),
        .init(topic: .roaming, chat: false, agent: "u-aiko", queue: billing),
        .init(topic: .paymentDate, chat: true, agent: "u-ana", queue: billing),
        .init(topic: .lostPhone, chat: false, agent: "u-tom", queue: support),
        .init(topic: .secondLine, chat: false, agent: "u-nia", queue: sales),
        .init(topic: .deviceRefund, chat: true, agent: "u-ana", queue: billing),
        .init(topic: .moving, chat: false, agent: "u-priya", queue: support),
        .init(topic: .porting, chat: false, agent: "u-omar", queue: sales),
        .init(topic: .billingQuestion, chat: false, agent: "u-sam", queue: billing, analysed: false),
        .init(
            topic: .router, chat: false, agent: "u-tom", queue: support,
            transfer: (.billingQuestion, "u-aiko", billing, "QUEUE_TRANSFER")),
        .init(topic: .doubleCharge, chat: true, agent: "u-ana", queue: billing),
        .init(topic: .upgrade, chat: false, agent: "u-nia", queue: sales),
        .init(topic: .cancelContract, chat: true, agent: "u-ana", queue: billing, transfer: toRetention),
        .init(topic: .simActivation, chat: false, agent: "u-priya", queue: support),
        .init(topic: .roaming, chat: false, agent: "u-lena", queue: billing),
        .init(topic: .secondLine, chat: true, agent: "u-marc", queue: sales),
        .init(topic: .lostPhone, chat: false, agent: "u-tom", queue: support),
        .init(topic: .paymentDate, chat: false, agent: "u-aiko", queue: billing),
        .init(topic: .porting, chat: false, agent: "u-marc", queue: sales, analysed: false),
        .init(topic: .deviceRefund, chat: false, agent: "u-sam", queue: billing),
        .init(topic: .moving, chat: true, agent: "u-ana", queue: support),
        .init(topic: .billingQuestion, chat: false, agent: "u-lena", queue: billing),
        .init(topic: .router, chat: true, agent: "u-ana", queue: support),
        .init(topic: .upgrade, chat: false, agent: "u-omar", queue: sales),
        .init(topic: .doubleCharge, chat: false, agent: "u-aiko", queue: billing),
        .init(topic: .simActivation, chat: false, agent: "u-tom", queue: support),
        .init(topic: .roaming, chat: false, agent: "u-sam", queue: billing),
        .init(topic: .paymentDate, chat: true, agent: "u-ana", queue: billing),
        .init(topic: .secondLine, chat: false, agent: "u-nia", queue: sales),
        .init(topic: .lostPhone, chat: false, agent: "u-priya", queue: support),
        .init(topic: .deviceRefund, chat: false, agent: "u-lena", queue: billing),
        .init(topic: .billingQuestion, chat: true, agent: "u-ana", queue: billing),
        .init(topic: .router, chat: false, agent: "u-tom", queue: support),
    ]
}
