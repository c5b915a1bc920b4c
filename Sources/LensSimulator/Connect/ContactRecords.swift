import ContactLensModel
import FoundationEssentials

/// Every contact of a scenario's floor as Amazon Connect's contact APIs see it: live calls and
/// their transferred legs, past contacts, and the monitoring legs MonitorContact starts.
struct ContactRecords: Sendable {
    private(set) var byId: [String: ContactRecord] = [:]
    /// Ids in the order they were added (floor calls, then history, then monitoring legs).
    private(set) var order: [String] = []

    init(scenario: Scenario, schedule: FloorSchedule) {
        guard let floor = scenario.floor else { return }
        let contacts = Dictionary(scenario.contacts.map { ($0.contactId, $0) }) { first, _ in first }
        let groups = Dictionary(floor.agents.map { ($0.id, $0.hierarchyGroupIds ?? []) }) { first, _ in first }
        for call in floor.calls {
            guard let times = schedule.times[call.contactId] else { continue }
            let contact = contacts[call.contactId]
            add(
                ContactRecord(
                    id: call.contactId, channel: contact?.isChat == true ? "CHAT" : "VOICE",
                    initiationMethod: ContactInitiationMethod(
                        rawValue: call.initiationMethod ?? (call.previousContactId == nil ? "INBOUND" : "TRANSFER")),
                    initialContactId: call.previousContactId.flatMap { byId[$0]?.initialContactId } ?? call.contactId,
                    previousContactId: call.previousContactId, agentId: call.agentId, queueId: call.queueId,
                    hierarchyGroupIds: groups[call.agentId] ?? [], initiation: times.initiation, enqueue: times.enqueue,
                    connected: times.connected, end: times.end, quickConnect: call.quickConnect, hasAnalysis: contact != nil,
                    transcript: ContactRecord.lines(of: contact)))
        }
        for past in floor.history ?? [] {
            guard let times = schedule.times[past.contactId] else { continue }
            let contact = contacts[past.contactId]
            let channel = past.channel ?? (contact?.isChat == true ? "CHAT" : "VOICE")
            add(
                ContactRecord(
                    id: past.contactId, channel: channel,
                    initiationMethod: ContactInitiationMethod(
                        rawValue: past.initiationMethod ?? (past.previousContactId == nil ? "INBOUND" : "TRANSFER")),
                    initialContactId: past.previousContactId.flatMap { byId[$0]?.initialContactId } ?? past.contactId,
                    previousContactId: past.previousContactId, agentId: past.agentId, queueId: past.queueId,
                    hierarchyGroupIds: groups[past.agentId] ?? [], initiation: times.initiation, enqueue: times.enqueue,
                    connected: times.connected, end: times.end, quickConnect: nil, hasAnalysis: contact != nil,
                    transcript: ContactRecord.lines(of: contact)))
        }
    }

    mutating func add(_ record: ContactRecord) {
        if byId.updateValue(record, forKey: record.id) == nil { order.append(record.id) }
    }

    /// The contact, if it exists at `now`.
    func contact(_ id: String, at now: Date) -> ContactRecord? {
        byId[id].flatMap { $0.exists(at: now) ? $0 : nil }
    }

    /// Every contact that exists at `now`, in order.
    func all(at now: Date) -> [ContactRecord] { order.compactMap { contact($0, at: now) } }

    /// The legs that came from `id` (its transfers) and exist at `now`.
    func next(after id: String, at now: Date) -> [ContactRecord] {
        all(at: now).filter { $0.previousContactId == id && $0.initiationMethod != .monitor }
    }

    /// The whole chain `id` belongs to (the legs sharing its initial contact), oldest first.
    func chain(of id: String, at now: Date) -> [ContactRecord] {
        guard let initial = contact(id, at: now)?.initialContactId else { return [] }
        return all(at: now).filter { $0.initialContactId == initial && $0.initiationMethod != .monitor }
            .sorted { ($0.initiation, $0.id) < ($1.initiation, $1.id) }
    }
}
