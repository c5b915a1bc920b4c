import Foundation
import LensSimulator
import Testing

/// The full-screen view in a real terminal (tmux) fed hostile text: the pane title never changes
/// and the screen shows no escape garbage. Skips without tmux, fails under CI=true.
@Suite(.serialized) struct HostileTerminalTests {
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: tmuxPath != nil || isCI, "needs tmux"))
    func hostileTextCannotRetitleThePaneOrDrawGarbage() async throws {
        let tmux = try Tmux(path: #require(Self.tmuxPath, "tmux is not installed"))
        let simulator = Simulator(SimulatorConfiguration(scenario: HostileCall.scenario, speed: .infinity))
        let port = try await simulator.start()
        defer { Task { await simulator.stop() } }
        _ = await tmux.run(["-f", "/dev/null", "new-session", "-d", "-x", "140", "-y", "45", "-s", "hostile", "sh"])
        defer { tmux.kill() }
        let title = await tmux.run(["display", "-p", "-t", "hostile", "#{pane_title}"])
        let keys = "AWS_ACCESS_KEY_ID=\(DemoIdentity.accessKeyId) AWS_SECRET_ACCESS_KEY=\(DemoIdentity.credentials.secretAccessKey)"
        let command = "TERM=xterm-256color \(keys) \(LenstailProcess.binary.path) follow --instance-id \(HostileCall.instanceId) "
            + "--contact-id \(HostileCall.contactId) --region us-east-1 --endpoint-url http://127.0.0.1:\(port) --max-rate 20; echo EXIT=$?"
        _ = await tmux.run(["send-keys", "-t", "hostile", "clear; " + command, "Enter"])

        let screen = try await tmux.waitFor("the summary of the hostile call") { $0.contains("done") && $0.contains("joiners") }
        #expect(await tmux.run(["display", "-p", "-t", "hostile", "#{pane_title}"]) == title, "the pane title is unchanged")
        #expect(!screen.contains(HostileCall.titleBait), "no OSC/DCS payload shows")
        for garbage in ["[31m", "[2J", "]0;", "]2;", "\u{1B}"] { #expect(!screen.contains(garbage), "\(garbage) on screen") }
        _ = await tmux.run(["send-keys", "-t", "hostile", "q"])
        let after = try await tmux.waitFor("exit") { $0.contains("EXIT=") }
        #expect(after.contains("EXIT=0"))
        #expect(await tmux.run(["display", "-p", "-t", "hostile", "#{pane_title}"]) == title)
        print("FIGURE tmux: pane title \"\(title)\" unchanged; 0 escape fragments on a 140×45 screen")
    }
}

/// A private tmux server; every command runs on a thread of its own, never on the pool that
/// serves the in-process emulator.
struct Tmux: Sendable {
    let path: String
    let socket = "lenstail-hostile-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    @discardableResult
    func run(_ arguments: [String]) async -> String {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: spawn(arguments)) }.start()
        }
    }

    /// One tmux client through posix_spawn + waitpid, output to a file. Not Foundation's Process:
    /// the server daemon inherits what Process watches, and its wait would never end.
    private func spawn(_ arguments: [String]) -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner blocks signals in its threads; the server and its shell must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, &attributes, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").trimmingCharacters(in: .newlines)
    }

    /// Polls the visible pane until `condition` holds, for up to 30 s.
    func waitFor(_ what: String, _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(30)
        var screen = ""
        while ContinuousClock.now < deadline {
            screen = await run(["capture-pane", "-p", "-t", "hostile"])
            if condition(screen) { return screen }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw HarnessError("timed out waiting for \(what); screen:\n\(screen)")
    }

    func kill() { _ = spawn(["kill-server"]) }
}
