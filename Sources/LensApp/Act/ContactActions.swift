import AWSClient
import ContactLensModel
import FoundationEssentials
import LensUI

/// Runs what the screens ask of Amazon Connect off the terminal's thread: `perform` answers at
/// once (MonitorContact is being asked), and the outcomes come later on `updates`, which feeds
/// the screens like the engine's events.
package struct ContactActions: Sendable {
    package let updates: AsyncStream<ActUpdate>
    private let continuation: AsyncStream<ActUpdate>.Continuation
    /// nil: the view has no Amazon Connect to act through (a replay, the segment stream).
    private let clients: ListenClients?

    package init(_ clients: ListenClients?) {
        self.clients = clients
        (updates, continuation) = AsyncStream<ActUpdate>.makeStream(bufferingPolicy: .unbounded)
    }

    /// What the screen learns at once; the rest comes on `updates`.
    package func perform(_ request: ActRequest) -> [ActUpdate] {
        guard let clients else {
            let line = "listening in needs Amazon Connect's API: lenstail follow, wall or demo with --instance-id"
            return switch request {
            case .findSupervisor: [.supervisor(.failed(line))]
            case .monitor(let order): [.monitor(contactId: order.contactId, .failed(line))]
            }
        }
        let continuation = self.continuation
        switch request {
        case .findSupervisor:
            Task { continuation.yield(.supervisor(await clients.findSupervisor())) }
            return [.supervisor(.finding)]
        case .monitor(let order):
            Task { continuation.yield(.monitor(contactId: order.contactId, await clients.monitor(order))) }
            return [.monitor(contactId: order.contactId, .asking)]
        }
    }

    package func finish() { continuation.finish() }
}
