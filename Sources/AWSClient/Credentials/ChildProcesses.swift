import Foundation
import Synchronization

/// The process groups of commands lenstail started (credential_process) that still run. Each
/// leads a group of its own, which the terminal's Ctrl-C does not reach: a signal that ends
/// lenstail stops them through `stopAll`, so none is left behind.
package enum ChildProcesses {
    private struct Groups {
        var running: Set<pid_t> = []
        var stopping = false
    }

    private static let groups = Mutex(Groups())

    /// Starts `process` and registers it under one lock, so a signal arriving mid-spawn cannot miss it
    /// (`stopAll` waits for the spawn), and its end, reported on another thread, cannot come first.
    package static func launch(_ process: Process) throws {
        try groups.withLock { groups in
            guard !groups.stopping else { throw CocoaError(.userCancelled) }
            try process.run()
            groups.running.insert(process.processIdentifier)
        }
    }

    package static func ended(_ pid: pid_t) { groups.withLock { _ = $0.running.remove(pid) } }

    /// The groups still running.
    package static var running: Set<pid_t> { groups.withLock { $0.running } }

    /// Kills every group still running, and any started later (a signal is ending lenstail).
    package static func stopAll() {
        let pids = groups.withLock { groups in
            groups.stopping = true
            return groups.running
        }
        for pid in pids { kill(-pid, SIGKILL) }
    }
}
