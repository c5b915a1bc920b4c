import CChildSpawn

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `/bin/sh -c COMMAND` child started with `posix_spawn`, as Foundation's `Process` started it:
/// in a process group of its own (so a whole pipeline can be killed), signals at their defaults,
/// no descriptor of lenstail's but the three it is given.
package struct ShellChild: Sendable {
    /// Where one of the child's standard streams goes.
    package enum Stream: Sendable {
        /// /dev/null.
        case null
        /// A pipe whose other end lenstail holds.
        case pipe
    }

    /// Why the shell could not be started.
    package struct SpawnFailure: Error, Hashable, Sendable, CustomStringConvertible {
        package let code: Int32
        package var description: String { "cannot start /bin/sh: \(String(cString: strerror(code)))" }
    }

    /// How the child ended: its exit status, or the signal that killed it.
    package enum Exit: Hashable, Sendable {
        case exited(Int32)
        case signaled(Int32)
    }

    package let pid: pid_t
    /// lenstail's ends of the pipes asked for (the caller closes them); nil for `.null`.
    package let stdin: Int32?
    package let stdout: Int32?
    package let stderr: Int32?

    /// Starts the shell. `environment` nil: lenstail's own.
    package static func spawn(
        _ command: String, environment: [String: String]?, stdin: Stream, stdout: Stream, stderr: Stream
    ) throws(SpawnFailure) -> ShellChild {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var ours: [Int32?] = [nil, nil, nil]
        var theirs: [Int32] = []
        defer { for fd in theirs { close(fd) } }
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            case .pipe:
                var ends: [Int32] = [0, 0]
                let failed = lenstail_cloexec_pipe(&ends)
                guard failed == 0 else {
                    for fd in ours.compactMap({ $0 }) { close(fd) }
                    throw SpawnFailure(code: failed)
                }
                let (child, parent) = target == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                ours[Int(target)] = parent
                theirs.append(child)
                posix_spawn_file_actions_adddup2(&actions, child, target)
            }
        }
        lenstail_spawn_close_inherited(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        let variables: [UnsafeMutablePointer<CChar>?]? = environment.map { pairs in
            pairs.map { strdup("\($0.key)=\($0.value)") } + [nil]
        }
        defer { for variable in variables ?? [] { free(variable) } }
        var pid = pid_t()
        let code = arguments.withUnsafeBufferPointer { argv in
            if let variables {
                variables.withUnsafeBufferPointer {
                    posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv.baseAddress!, $0.baseAddress!)
                }
            } else {
                posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv.baseAddress!, environ)
            }
        }
        guard code == 0 else {
            for fd in ours.compactMap({ $0 }) { close(fd) }
            throw SpawnFailure(code: code)
        }
        return ShellChild(pid: pid, stdin: ours[0], stdout: ours[1], stderr: ours[2])
    }

    /// Calls `handler` with how the child ended, from a thread of its own that waits for it.
    package func onExit(_ handler: @escaping @Sendable (Exit) -> Void) {
        let pid = pid
        let started = DetachedThread.start {
            handler(Self.wait(pid))
        }
        if !started { handler(Self.wait(pid)) }
    }

    private static func wait(_ pid: pid_t) -> Exit {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .exited(127) }
        }
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which Swift does not import (macros).
        let signal = status & 0x7f
        return signal != 0 && signal != 0x7f ? .signaled(signal) : .exited((status >> 8) & 0xff)
    }
}
