import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// moto's server (`pip install 'moto[server]'`) as a child process on loopback, for tests
/// against AWS services nobody here wrote (STS today, Kinesis later). Start one per test or
/// suite and stop it: it is killed with SIGKILL, since the test runner blocks SIGTERM and its
/// children inherit the mask.
package final class MotoServer: @unchecked Sendable {
    /// `moto_server` on PATH, if any.
    package static let installedPath: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/moto_server" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Tests that need moto skip when it is missing, except on CI (CI=true), where they fail.
    package static var isCI: Bool { Tmux.isCI }

    package let port: Int
    private let processID: pid_t
    private let lock = NSLock()
    private var stopped = false

    /// Starts `moto_server -H 127.0.0.1 -p <free port>` and waits until it answers (at most `timeout`).
    /// A port taken by someone else between our probe and moto's bind is tried again with another.
    package static func start(path: String, timeout: Duration = .seconds(60)) async throws -> MotoServer {
        for attempt in 1... {
            do {
                return try await ProcessGate.serialized { try await startOnce(path: path, timeout: timeout) }
            } catch let error as PortTaken where attempt < 3 {
                _ = error
            }
        }
        fatalError("unreachable")
    }

    private struct PortTaken: Error {}

    private static func startOnce(path: String, timeout: Duration) async throws -> MotoServer {
        let port = try freePort()
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("moto-\(port).log").path
        let server = MotoServer(port: port, processID: try spawn([path, "-H", "127.0.0.1", "-p", "\(port)"], log: log))
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if (try? LoopbackHTTP.request(port: port, method: "GET", target: "/moto-api/data.json"))?.status == 200 {
                return server
            }
            if server.hasExited {
                let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                if said.contains("Address already in use") || said.contains("is in use") { throw PortTaken() }
                throw ScriptedServerError(message: "moto_server exited before answering; see \(log)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.stop()
        throw ScriptedServerError(message: "moto_server did not answer within \(timeout); see \(log)")
    }

    private init(port: Int, processID: pid_t) {
        self.port = port
        self.processID = processID
    }

    /// True (and reaped) once the process is gone.
    private var hasExited: Bool {
        lock.withLock {
            var status: Int32 = 0
            if !stopped && waitpid(processID, &status, WNOHANG) == processID { stopped = true }
            return stopped
        }
    }

    /// "http://127.0.0.1:PORT".
    package var url: String { "http://127.0.0.1:\(port)" }

    /// Seeds moto's random generator, so the same calls hand out the same keys and ids again.
    package func seed(_ value: Int) throws {
        let status = try LoopbackHTTP.request(port: port, method: "POST", target: "/moto-api/seed?a=\(value)").status
        guard status == 200 else { throw ScriptedServerError(message: "moto refused the seed (HTTP \(status))") }
    }

    /// moto's record of every model it holds (`/moto-api/data.json`): service → model → instances.
    package func data() throws -> [String: [String: [[String: Any]]]] {
        let body = try LoopbackHTTP.request(port: port, method: "GET", target: "/moto-api/data.json").body
        return (try JSONSerialization.jsonObject(with: Data(body)) as? [String: [String: [[String: Any]]]]) ?? [:]
    }

    /// Forgets everything moto holds.
    package func reset() throws {
        _ = try LoopbackHTTP.request(port: port, method: "POST", target: "/moto-api/reset")
    }

    /// Kills the server (SIGKILL) and reaps it.
    package func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        kill(-processID, SIGKILL)  // its own process group: a shim's children too
        kill(processID, SIGKILL)
        var status: Int32 = 0
        while waitpid(processID, &status, 0) == -1 && errno == EINTR {}
    }

    deinit { stop() }

    /// A port the kernel just handed out and took back; moto binds it a moment later.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw ScriptedServerError(message: "no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// posix_spawn with default signal handling and an empty mask, in a process group of its own,
    /// stdin from /dev/null and both outputs to `log`.
    private static func spawn(_ arguments: [String], log: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw ScriptedServerError(message: "could not start moto_server (error \(spawned))") }
        return pid
    }
}
