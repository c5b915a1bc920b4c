import ContactLensModel
import FoundationEssentials

/// The floor's real-time figures at one moment, for GetCurrentMetricData: who waits in which
/// queue since when (the scenario's waiting callers, and each call's own time in the queue before
/// an agent answers), and what each agent is doing. Ages are in floor time (sped up with the
/// emulator), like everything else on the floor.
struct FloorFigures: Sendable {
    struct Waiter: Sendable {
        var queueId: String
        var channel: String
        var ageMillis: Double
    }

    enum AgentState: Sendable {
        case available
        case onContact(channel: String)
        case afterContactWork
    }

    var waiting: [Waiter] = []
    /// Agent id → queues of their routing profile and what they are doing.
    var agents: [(id: String, queues: Set<String>, state: AgentState)] = []

    init(floor: ScenarioFloor, records: ContactRecords, schedule: FloorSchedule, epoch: Date, at now: Date) {
        let rate = schedule.rate
        func floorDate(_ millis: Int) -> Date { epoch.addingTimeInterval(Double(millis) / 1000 / rate) }
        for caller in floor.waiting ?? [] {
            let enqueued = floorDate(caller.enqueuedAtMillis)
            guard enqueued <= now, caller.leavesAtMillis.map({ now < floorDate($0) }) ?? true else { continue }
            waiting.append(
                Waiter(
                    queueId: caller.queueId, channel: caller.channel ?? "VOICE",
                    ageMillis: now.timeIntervalSince(enqueued) * 1000 * rate))
        }
        var states: [String: AgentState] = [:]
        for call in floor.calls {
            guard let record = records.byId[call.contactId], let enqueue = record.enqueue, let connected = record.connected
            else { continue }
            if enqueue <= now && now < connected {
                waiting.append(
                    Waiter(
                        queueId: call.queueId, channel: record.channel, ageMillis: now.timeIntervalSince(enqueue) * 1000 * rate))
            }
            guard connected <= now, let end = record.end else { continue }
            if now < end {
                states[call.agentId] = .onContact(channel: record.channel)
            } else if now < end.addingTimeInterval(ConnectFloorHandler.endedListing), states[call.agentId] == nil {
                states[call.agentId] = .afterContactWork
            }
        }
        let profiles = Dictionary(floor.routingProfiles.map { ($0.id, Set($0.queueIds)) }) { first, _ in first }
        agents = floor.agents.map { ($0.id, profiles[$0.routingProfileId] ?? [], states[$0.id] ?? .available) }
    }

    /// The value of `metric` over `queues` and `channels`, nil when it cannot be computed. The
    /// oldest wait in seconds — or, as the service does for a request without groupings, in
    /// milliseconds under the same unit.
    func value(_ metric: CurrentMetricName, queues: Set<String>, channels: Set<String>, ungrouped: Bool) -> Double? {
        let here = waiting.filter { queues.contains($0.queueId) && channels.contains($0.channel) }
        let staff = agents.filter { !$0.queues.isDisjoint(with: queues) }
        let busy = staff.filter { if case .onContact(let channel) = $0.state { channels.contains(channel) } else { false } }
        let wrapping = staff.filter { if case .afterContactWork = $0.state { true } else { false } }
        let free = staff.filter { if case .available = $0.state { true } else { false } }
        switch metric {
        case .contactsInQueue: return Double(here.count)
        case .oldestContactAge:
            let oldest = here.map(\.ageMillis).max() ?? 0
            return ungrouped ? oldest.rounded() : (oldest / 1000).rounded(.down)
        case .agentsOnline, .agentsStaffed: return Double(staff.count)
        case .agentsAvailable: return Double(free.count)
        case .agentsOnContact, .agentsOnCall, .slotsActive: return Double(busy.count)
        case .agentsAfterContactWork: return Double(wrapping.count)
        case .slotsAvailable: return Double(max(0, staff.count - busy.count))
        case .agentsNonProductive, .agentsError, .contactsScheduled: return 0
        case .estimatedWaitTime:
            // A caller's expected wait: the queue ahead of them shared among the agents who can take it.
            return staff.isEmpty ? nil : (Double(here.count) * 90 / Double(staff.count)).rounded()
        default: return nil
        }
    }
}
