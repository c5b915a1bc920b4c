import FoundationEssentials

/// One queue's figures at one moment, read from GetCurrentMetricData grouped by queue: for the
/// wall's queue strip, `--alert-wait` and the `{"Queue":…}` lines. nil: the service sent no
/// value (it could not compute it, or had no data for the queue).
package struct QueueFigures: Sendable, Hashable, Codable {
    package var queueId: String
    /// As the listings name it (sanitised), or the id.
    package var name: String
    /// Callers waiting (CONTACTS_IN_QUEUE).
    package var waiting: Int?
    /// Seconds the longest-waiting caller has waited (OLDEST_CONTACT_AGE, read in seconds).
    package var oldestWait: Double?
    package var agentsOnline: Int?
    package var agentsAvailable: Int?
    package var agentsOnContact: Int?
    package var agentsAfterContactWork: Int?

    package init(
        queueId: String, name: String, waiting: Int? = nil, oldestWait: Double? = nil, agentsOnline: Int? = nil,
        agentsAvailable: Int? = nil, agentsOnContact: Int? = nil, agentsAfterContactWork: Int? = nil
    ) {
        self.queueId = queueId
        self.name = TerminalText.sanitize(name)
        self.waiting = waiting
        self.oldestWait = oldestWait
        self.agentsOnline = agentsOnline
        self.agentsAvailable = agentsAvailable
        self.agentsOnContact = agentsOnContact
        self.agentsAfterContactWork = agentsAfterContactWork
    }

    /// False when the service sent nothing for the queue ("no data": nobody staffs it, or it was
    /// deleted since the wall started).
    package var hasData: Bool {
        waiting != nil || oldestWait != nil || agentsOnline != nil || agentsAvailable != nil || agentsOnContact != nil
            || agentsAfterContactWork != nil
    }

    /// The figures GetCurrentMetricData's results give each of `queues` (id and name), in that
    /// order; a queue without a result has none ("no data").
    package static func read(_ results: [CurrentMetricResult], queues: [(id: String, name: String)]) -> [QueueFigures] {
        var byQueue: [String: CurrentMetricResult] = [:]
        for result in results {
            guard let queue = result.dimensions?.queue else { continue }
            if let id = queue.id { byQueue[id] = result }
            if let arn = queue.arn { byQueue[arn] = result }
        }
        return queues.map { queue in
            let result = byQueue[queue.id] ?? byQueue[String(queue.id.split(separator: "/").last ?? "")]
            func count(_ name: CurrentMetricName) -> Int? {
                result?.value(name).flatMap { $0.isFinite && $0 >= 0 ? Int(min($0, 1e9).rounded()) : nil }
            }
            let oldest = result?.value(.oldestContactAge).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
            return QueueFigures(
                queueId: queue.id, name: queue.name, waiting: count(.contactsInQueue), oldestWait: oldest,
                agentsOnline: count(.agentsOnline), agentsAvailable: count(.agentsAvailable),
                agentsOnContact: count(.agentsOnContact), agentsAfterContactWork: count(.agentsAfterContactWork))
        }
    }

    enum CodingKeys: String, CodingKey {
        case queueId = "QueueId"
        case name = "Name"
        case waiting = "ContactsInQueue"
        case oldestWait = "OldestContactAgeSeconds"
        case agentsOnline = "AgentsOnline"
        case agentsAvailable = "AgentsAvailable"
        case agentsOnContact = "AgentsOnContact"
        case agentsAfterContactWork = "AgentsAfterContactWork"
    }
}

/// What the queue figures' source tells the wall each refresh.
package enum QueueReport: Sendable, Hashable {
    /// Every watched queue's figures, as of `at` (the service's snapshot time, or when asked).
    case figures([QueueFigures], at: Date)
    /// The figures could not be read: `stopped` when asking again cannot help (a missing
    /// permission, an unknown instance); otherwise the next refresh tries again.
    case problem(String, stopped: Bool)
}
