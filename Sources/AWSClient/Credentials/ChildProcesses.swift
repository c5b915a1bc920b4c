import LensBasics
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process groups of commands lenstail started (credential_process) that still run. Each
/// leads a group of its own, which the terminal's Ctrl-C does not reach: a signal that ends
/// lenstail stops them through `stopAll`, so none is left behind.
package enum ChildProcesses {
    private struct Groups {
        var running: Set<pid_t> = []
        var stopping = false
    }

    private static let groups = Mutex(Groups())

    /// Starts a child through `spawn` and registers it under one lock, so a signal arriving
    /// mid-spawn cannot miss it (`stopAll` waits for the spawn), and its end, reported on another
    /// thread, cannot come first. Throws `Stopping` once lenstail is being stopped by a signal.
    package static func launch(_ spawn: () throws -> ShellChild) throws -> ShellChild {
        try groups.withLock { groups in
            guard !groups.stopping else { throw Stopping() }
            let child = try spawn()
            groups.running.insert(child.pid)
            return child
        }
    }

    /// No child starts while a signal is ending lenstail.
    package struct Stopping: Error, CustomStringConvertible {
        package var description: String { "lenstail is stopping" }
    }

    package static func ended(_ pid: pid_t) { groups.withLock { _ = $0.running.remove(pid) } }

    /// True once a signal is ending lenstail: a child's end is then not reported (`stopAll` killed
    /// it, and lenstail is about to end by the signal, not by the failure of a command).
    package static var isStopping: Bool { groups.withLock { $0.stopping } }

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
