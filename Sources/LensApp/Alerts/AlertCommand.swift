import AWSClient
import FoundationEssentials
import LensBasics
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One run of the `--on-alert` command: `/bin/sh -c CMD`, the alert on its standard input, its
/// outputs discarded (they would tear the view), SIGTERM at the time limit and SIGKILL `grace` later.
enum AlertCommand {
    /// nil when it exited 0; otherwise why not, as one line for the header and the log.
    static func run(_ command: String, input: Data, timeout: Duration, grace: Duration) async -> String? {
        let run = RunFlags()
        let ended: (status: Int32, signaled: Bool)? = await withCheckedContinuation { continuation in
            let child: ShellChild
            do {
                child = try ChildProcesses.launch {
                    try ShellChild.spawn(command, environment: nil, stdin: .pipe, stdout: .null, stderr: .null)
                }
            } catch {
                continuation.resume(returning: nil)
                return
            }
            child.onExit { exit in
                guard !ChildProcesses.isStopping else { return }
                run.exited.store(true, ordering: .sequentiallyConsistent)
                ChildProcesses.ended(child.pid)
                switch exit {
                case .exited(let status): continuation.resume(returning: (status, false))
                case .signaled(let signal): continuation.resume(returning: (signal, true))
                }
            }
            // A command that does not read its input still gets it: an alert is far below a pipe's buffer.
            if let stdin = child.stdin {
                FileBytes.write(Array(input), to: stdin)
                close(stdin)
            }
            let pid = child.pid
            Task {
                try? await Task.sleep(for: timeout)
                guard !run.exited.load(ordering: .sequentiallyConsistent) else { return }
                run.timedOut.store(true, ordering: .sequentiallyConsistent)
                // The shell leads its own process group (`ShellChild` spawns with POSIX_SPAWN_SETPGROUP): its children stop too.
                if kill(-pid, SIGTERM) != 0 { kill(pid, SIGTERM) }
                try? await Task.sleep(for: grace)
                if kill(-pid, SIGKILL) != 0, !run.exited.load(ordering: .sequentiallyConsistent) { kill(pid, SIGKILL) }
            }
        }
        guard let ended else { return "--on-alert: cannot start /bin/sh" }
        if run.timedOut.load(ordering: .sequentiallyConsistent) {
            return "--on-alert: the command was stopped after \(timeout.components.seconds) s"
        }
        if ended.signaled { return "--on-alert: the command died of signal \(ended.status)" }
        return ended.status == 0 ? nil : "--on-alert: the command exited with status \(ended.status)"
    }
}

/// What the exit handler and the time limit tell each other, from their own threads.
private final class RunFlags: Sendable {
    let exited = Atomic<Bool>(false)
    let timedOut = Atomic<Bool>(false)
}
