import FoundationEssentials

/// When each contact of a scenario's floor happens on the emulator's clock: live calls (their
/// start and length divided by the speed; a transferred leg after the leg it came from) and past
/// contacts (real seconds before the emulator started).
struct FloorSchedule: Sendable {
    struct Times: Sendable, Hashable {
        var initiation: Date
        var enqueue: Date
        /// When the agent answered: the call (and its analysis) starts here.
        var connected: Date
        var end: Date
    }

    /// By contact id.
    let times: [String: Times]
    /// Floor time per emulator second (the speed; 1 when the speed is not a finite number).
    let rate: Double

    /// An inbound call spends this long in the IVR and then in the queue before an agent answers.
    static let ivrMillis = 12_000
    static let queueMillis = 18_000
    /// A transferred caller waits this long in the new queue.
    static let transferQueueMillis = 6_000

    init(scenario: Scenario, epoch: Date, speed: Double) {
        let rate = speed.isFinite && speed > 0 ? speed : 1
        self.rate = rate
        func floorTime(_ millis: Int) -> TimeInterval { Double(millis) / 1000 / rate }
        let durations = Dictionary(scenario.contacts.map { ($0.contactId, $0.durationMillis) }) { first, _ in first }
        var times: [String: Times] = [:]
        for call in scenario.floor?.calls ?? [] {
            let length = durations[call.contactId] ?? call.durationMillis ?? 0
            let planned = epoch.addingTimeInterval(floorTime(call.startsAtMillis))
            let entry: Times
            if let previous = call.previousContactId.flatMap({ times[$0] }) {
                let connected = max(planned, previous.end.addingTimeInterval(floorTime(Self.transferQueueMillis)))
                entry = Times(
                    initiation: previous.end, enqueue: previous.end, connected: connected,
                    end: connected.addingTimeInterval(floorTime(length)))
            } else {
                entry = Times(
                    initiation: planned.addingTimeInterval(-floorTime(Self.ivrMillis + Self.queueMillis)),
                    enqueue: planned.addingTimeInterval(-floorTime(Self.queueMillis)), connected: planned,
                    end: planned.addingTimeInterval(floorTime(length)))
            }
            times[call.contactId] = entry
        }
        for past in scenario.floor?.history ?? [] {
            let initiation = epoch.addingTimeInterval(-Double(past.initiatedSecondsAgo))
            let enqueue = initiation.addingTimeInterval(past.previousContactId == nil ? Double(Self.ivrMillis) / 1000 : 0)
            let connected = enqueue.addingTimeInterval(Double(past.queueSeconds ?? Self.queueMillis / 1000))
            let seconds = durations[past.contactId].map { Double($0) / 1000 } ?? Double(past.durationSeconds ?? 0)
            times[past.contactId] = Times(
                initiation: initiation, enqueue: enqueue, connected: connected, end: connected.addingTimeInterval(seconds))
        }
        self.times = times
    }

    /// The live calls' windows, for GetCurrentUserData and the playbacks.
    var windows: [String: (start: Date, end: Date)] { times.mapValues { ($0.connected, $0.end) } }
}
