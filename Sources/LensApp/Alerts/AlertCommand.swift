import AWSClient
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One run of the `--on-alert` command: `/bin/sh -c CMD`, the alert on its standard input, its
/// outputs discarded (they would tear the view), SIGTERM at the time limit and SIGKILL `grace` later.
enum AlertCommand {
    /// nil when it exited 0; otherwise why not, as one line for the header and the log.
    static func run(_ command: String, input: Data, timeout: Duration, grace: Duration) async -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let run = RunFlags()
        let ended: (status: Int32, signaled: Bool)? = await withCheckedContinuation { continuation in
            process.terminationHandler = { finished in
                run.exited.store(true, ordering: .sequentiallyConsistent)
                ChildProcesses.ended(finished.processIdentifier)
                continuation.resume(returning: (finished.terminationStatus, finished.terminationReason == .uncaughtSignal))
            }
            do {
                try ChildProcesses.launch(process)
            } catch {
                continuation.resume(returning: nil)
                return
            }
            // A command that does not read its input still gets it: an alert is far below a pipe's buffer.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
            let pid = process.processIdentifier
            Task {
                try? await Task.sleep(for: timeout)
                guard !run.exited.load(ordering: .sequentiallyConsistent) else { return }
                run.timedOut.store(true, ordering: .sequentiallyConsistent)
                // The shell leads its own process group (corelibs spawns with POSIX_SPAWN_SETPGROUP): its children stop too.
                if kill(-pid, SIGTERM) != 0 { kill(pid, SIGTERM) }
                try? await Task.sleep(for: grace)
                if kill(-pid, SIGKILL) != 0, !run.exited.load(ordering: .sequentiallyConsistent) { kill(pid, SIGKILL) }
            }
        }
        try? stdin.fileHandleForWriting.close()
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
