import Dispatch
import FoundationEssentials
import LensBasics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one `/bin/sh -c` command with stdin at /dev/null, both outputs captured and a time limit.
enum ShellCommand {
    /// How the command ended.
    enum Outcome: Sendable {
        /// It exited (or died of `signal`); outputs read to EOF.
        case finished(exitStatus: Int32, signal: Int32?, stdout: Data, stderr: Data)
        /// It outlived the timeout; its process group was killed.
        case timedOut
        /// /bin/sh could not be started.
        case launchFailed(String)
        /// The calling task was cancelled; its process group was killed.
        case cancelled
    }

    /// Runs `command`; never waits past `timeout`, even when a child keeps the pipes open.
    static func run(_ command: String, environment: [String: String], timeout: Duration) async -> Outcome {
        let run = Run()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                run.start(command, environment: environment, timeout: timeout, continuation: continuation)
            }
        } onCancel: {
            run.stop(with: .cancelled)
        }
    }

    /// One run's shared state: the outputs and exit arrive on different threads; the first ending wins.
    private final class Run: @unchecked Sendable {
        private let lock = Lock()
        private var continuation: CheckedContinuation<Outcome, Never>?
        private var stdout: Data?
        private var stderr: Data?
        private var exit: (status: Int32, signal: Int32?)?
        private var processID: pid_t = 0
        private var ended = false

        func start(
            _ command: String, environment: [String: String], timeout: Duration,
            continuation: CheckedContinuation<Outcome, Never>
        ) {
            let cancelledAlready = lock.withLock { () -> Bool in
                if ended { return true }
                self.continuation = continuation
                return false
            }
            if cancelledAlready {
                continuation.resume(returning: .cancelled)
                return
            }
            let child: ShellChild
            do {
                child = try ChildProcesses.launch {
                    try ShellChild.spawn(command, environment: environment, stdin: .null, stdout: .pipe, stderr: .pipe)
                }
            } catch {
                stop(with: .launchFailed("\(error)"))
                return
            }
            let stoppedMeanwhile = lock.withLock { () -> Bool in
                processID = child.pid
                return ended
            }
            if stoppedMeanwhile { Self.killGroup(child.pid) }
            child.onExit { [self] exit in
                guard !ChildProcesses.isStopping else { return }
                record {
                    switch exit {
                    case .exited(let status): $0.exit = (status, nil)
                    case .signaled(let signal): $0.exit = (128 + signal, signal)
                    }
                }
                ChildProcesses.ended(child.pid)
            }
            // Both pipes are drained at once on their own threads, so a chatty child can never fill one and stall.
            for (fd, isOut) in [(child.stdout!, true), (child.stderr!, false)] {
                DispatchQueue.global().async { [self] in
                    let data = Data((try? FileBytes.readToEnd(fd)) ?? [])
                    close(fd)
                    record { run in
                        if isOut { run.stdout = data } else { run.stderr = data }
                    }
                }
            }
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                stop(with: .timedOut)
            }
        }

        /// Ends the run early: kills the whole process group (a shell's children too) and answers `outcome`.
        func stop(with outcome: Outcome) {
            let (pid, continuation) = lock.withLock { () -> (pid_t, CheckedContinuation<Outcome, Never>?) in
                guard !ended else { return (0, nil) }
                ended = true
                defer { self.continuation = nil }
                return (exit == nil ? processID : 0, self.continuation)
            }
            if pid > 0 { Self.killGroup(pid) }
            continuation?.resume(returning: outcome)
        }

        /// The shell leads its own group (`ShellChild` spawns with POSIX_SPAWN_SETPGROUP).
        private static func killGroup(_ pid: pid_t) {
            if kill(-pid, SIGKILL) != 0 {
                kill(pid, SIGKILL)  // not a group leader: the shell at least
            }
        }

        /// Stores one piece of the result and answers once the exit and both outputs are in.
        private func record(_ update: (Run) -> Void) {
            let resume = lock.withLock { () -> (CheckedContinuation<Outcome, Never>, Outcome)? in
                update(self)
                guard !ended, let exit, let stdout, let stderr, let continuation else { return nil }
                ended = true
                self.continuation = nil
                return (continuation, .finished(exitStatus: exit.status, signal: exit.signal, stdout: stdout, stderr: stderr))
            }
            resume.map { $0.0.resume(returning: $0.1) }
        }
    }
}
