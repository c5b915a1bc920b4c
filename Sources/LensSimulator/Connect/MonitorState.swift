import ContactLensModel
import FoundationEssentials

/// What MonitorContact remembers: answers by ClientToken (idempotency), who listens to which
/// contact (at most two supervisors), and every request, for tests and `simulate`'s log.
struct MonitorState: Sendable {
    /// A token's request (its fingerprint) and the answer it got.
    var answers: [String: (fingerprint: String, answer: MonitorContactResponse)] = [:]
    /// Contact id → the users listening in.
    var listeners: [String: Set<String>] = [:]
    var log: [MonitorRequestRecord] = []
    /// How many monitoring legs were started (their ids count up).
    var started = 0

    /// The next monitoring leg's contact id.
    mutating func nextContactId() -> String {
        started += 1
        let digits = String(started)
        return "5e1ec7ed-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}

/// One MonitorContact request as the emulator received it, and what it answered.
package struct MonitorRequestRecord: Hashable, Sendable, CustomStringConvertible {
    package var time: Date
    package var instanceId: String?
    package var contactId: String?
    package var userId: String?
    package var allowedMonitorCapabilities: [String]?
    package var clientToken: String?
    package var status: Int
    package var errorCode: String?
    /// The monitoring leg answered, on success.
    package var monitoringContactId: String?

    /// One line, e.g. `MonitorContact 200 contact=wa11… user=u-rosa capabilities=SILENT_MONITOR,BARGE`.
    package var description: String {
        var parts = ["MonitorContact \(status)"]
        if let errorCode { parts.append(errorCode) }
        if let contactId { parts.append("contact=\(contactId)") }
        if let userId { parts.append("user=\(userId)") }
        parts.append("capabilities=\(allowedMonitorCapabilities?.joined(separator: ",") ?? "-")")
        if let monitoringContactId { parts.append("monitoring=\(monitoringContactId)") }
        return parts.joined(separator: " ")
    }
}
