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
            Thread {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: path)
                process.arguments = ["-L", socket] + arguments
                // A file, not a pipe: `new-session` forks the tmux server, which would hold a
                // pipe's write end open for ever and make reading it to the end hang.
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
                FileManager.default.createFile(atPath: file.path, contents: nil)
                defer { try? FileManager.default.removeItem(at: file) }
                guard let handle = try? FileHandle(forWritingTo: file) else { return continuation.resume(returning: "") }
                process.standardOutput = handle
                process.standardError = FileHandle.nullDevice
                do { try process.run() } catch { return continuation.resume(returning: "") }
                process.waitUntilExit()
                try? handle.close()
                let data = (try? Data(contentsOf: file)) ?? Data()
                continuation.resume(returning: String(decoding: data, as: UTF8.self)
                    .trimmingCharacters(in: .newlines))
            }.start()
        }
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

    func kill() {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-L", socket, "kill-server"]
        try? process.run()
    }
}
