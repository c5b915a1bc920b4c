import Foundation
import LensUI

/// Stands in for the app's `ContactActions` in the loop tests: keeps what the screens asked of
/// Amazon Connect and answers at once as the app does (found or not, MonitorContact asked);
/// a test sends the outcome itself, as a later message.
final class ActDesk: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [ActRequest] = []
    /// What finding the supervisor's user answers.
    var supervisor: SupervisorLookup = .found(
        Supervisor(name: "rosa.mendes", userId: "u-rosa", capabilities: [.silentMonitor, .barge]))

    var requests: [ActRequest] { lock.withLock { all } }
    var monitors: [MonitorOrder] { requests.compactMap { if case .monitor(let order) = $0 { order } else { nil } } }

    func perform(_ request: ActRequest) -> [ActUpdate] {
        lock.withLock { all.append(request) }
        switch request {
        case .findSupervisor: return [.supervisor(supervisor)]
        case .monitor(let order): return [.monitor(contactId: order.contactId, .asking)]
        }
    }
}
