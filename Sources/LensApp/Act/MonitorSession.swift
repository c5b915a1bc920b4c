import AWSClient
import ContactLensModel
import FoundationEssentials
import LensUI

/// `lenstail monitor`: finds the supervisor's user, sends MonitorContact and prints the
/// monitoring contact's id; every failure is one line (with its fix).
package enum MonitorSession {
    package static func run(
        instanceId: String, contactId: String, aws: AWSSettings, listen: ListenSettings,
        environment: AWSEnvironment = .current, console: Console = .standard
    ) async throws {
        let clients = try aws.makeListenClients(instanceId: instanceId, settings: listen, environment: environment)
        do { _ = try await clients.connect.credentials.resolve() } catch { throw FatalError(String(describing: error)) }
        let supervisor: Supervisor
        switch await clients.findSupervisor() {
        case .found(let found): supervisor = found
        case .failed(let line): throw FatalError(line)
        case .unknown, .finding: throw FatalError(SupervisorResolver.noCandidate)
        }
        let order = MonitorOrder(contactId: contactId, userId: supervisor.userId, capabilities: supervisor.capabilities)
        switch await clients.monitor(order) {
        case .listening(let monitoringContactId):
            try console.out(monitoringContactId + "\n")
            let how = supervisor.capabilities.map(\.rawValue).joined(separator: ", ")
            console.note(
                "lenstail: listening in to \(contactId) as \(TerminalText.sanitize(supervisor.name)) (\(how)): "
                    + "your softphone rings\n")
        case .failed(let line): throw FatalError(line)
        case .asking: throw FatalError("MonitorContact gave no answer")
        }
    }
}
