import Foundation
import Synchronization

/// The process groups of commands lenstail started (credential_process) that still run. Each
/// leads a group of its own, which the terminal's Ctrl-C does not reach: a signal that ends
/// lenstail stops them through `stopAll`, so none is left behind.
package enum ChildProcesses {
    private static let groups = Mutex<Set<pid_t>>([])

    static func started(_ pid: pid_t) { groups.withLock { _ = $0.insert(pid) } }
    static func ended(_ pid: pid_t) { groups.withLock { _ = $0.remove(pid) } }

    /// The groups still running.
    package static var running: Set<pid_t> { groups.withLock { $0 } }

    /// Kills every group still running (a signal is ending lenstail).
    package static func stopAll() {
        for pid in groups.withLock({ $0 }) { kill(-pid, SIGKILL) }
    }
}
