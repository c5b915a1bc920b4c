import Foundation
import Testing

/// `lenstail demo` in a real terminal: a private tmux server with a pane of fixed size.
/// Skips when tmux or the built binary is missing, but fails under CI=true.
@Suite(.serialized) struct TerminalEndToEndTests {
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/lenstail").path
    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let runnable = tmuxPath != nil && FileManager.default.isExecutableFile(atPath: binary)

    @Test(.enabled(if: runnable || isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func demoInARealTerminal() throws {
        let tmuxPath = try #require(Self.tmuxPath, "tmux is not installed")
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build lenstail first: swift build")
        let tmux = Tmux(path: tmuxPath, size: (100, 30))
        defer { tmux.stop() }
        try tmux.start()
        tmux.type("\(Self.binary) demo --speed 20; echo EXIT=$?", enter: true)

        // Turns appear, each participant labelled, and the header is live.
        let live = try tmux.waitFor("turns from both participants") { screen in
            screen.contains { $0.range(of: #"^\d\d:\d\d AGENT "#, options: .regularExpression) != nil }
                && screen.contains { $0.range(of: #"^\d\d:\d\d CUSTOMER "#, options: .regularExpression) != nil }
        }
        #expect(live[0].contains("contact"))
        #expect(try tmux.value("#{alternate_on}") == "1", "the view uses the alternate screen")

        // Colours: the 256-colour theme gives each participant its own colour.
        let coloured = try tmux.capture(escapes: true).joined(separator: "\n")
        #expect(coloured.contains("\u{1B}[38;5;39m") && coloured.range(of: "38;5;39m[^\\n]*AGENT", options: .regularExpression) != nil, "agent colour")
        #expect(coloured.range(of: "38;5;170m[^\\n]*CUSTOMER", options: .regularExpression) != nil, "customer colour")

        // The customer filter hides the agent's turns.
        tmux.type("c")
        let filtered = try tmux.waitFor("customer-only view") { screen in
            screen[1].contains("only customer")
                && !screen.dropFirst(2).contains { $0.range(of: #"^\d\d:\d\d AGENT "#, options: .regularExpression) != nil }
        }
        #expect(filtered.contains { $0.range(of: #"^\d\d:\d\d CUSTOMER "#, options: .regularExpression) != nil })

        // A resize reflows at once: the footer moves to the new last row, nothing passes column 60.
        try tmux.resize(width: 60, height: 20)
        let narrow = try tmux.waitFor("reflow to 60×20") { screen in
            screen.count == 20 && screen[19].hasPrefix("? help") && screen[1].hasSuffix("only customer · follow")
        }
        #expect(narrow.allSatisfy { $0.count <= 60 })
        try tmux.resize(width: 30, height: 8)
        _ = try tmux.waitFor("terminal too small") { $0.joined(separator: " ").contains("terminal too small") }
        try tmux.resize(width: 100, height: 30)
        _ = try tmux.waitFor("full view back") { $0.count == 30 && $0[29].hasPrefix("? help") }

        // q leaves: the shell prints the exit status and the alternate screen is gone.
        tmux.type("q")
        let after = try tmux.waitFor("exit status") { $0.contains("EXIT=0") }
        #expect(try tmux.value("#{alternate_on}") == "0")
        #expect(!after.contains { $0.contains("? help") }, "the view is cleared from the normal screen")
    }
}

/// A private tmux server (`tmux -L`) running a shell in one pane.
final class Tmux {
    let path: String
    let server = "lenstail-e2e-\(UUID().uuidString.prefix(8))"
    let size: (width: Int, height: Int)

    init(path: String, size: (Int, Int)) {
        self.path = path
        self.size = size
    }

    func start() throws {
        // The server forks from this client and would hold an output pipe open: no capture here.
        try run(capturing: false, ["-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "\(size.width)", "-y", "\(size.height)",
                     "env", "-i", "HOME=\(NSHomeDirectory())", "PATH=/usr/bin:/bin", "TERM=tmux-256color", "LANG=C.UTF-8",
                     "PS1=$ ", "bash", "--norc", "--noprofile"])
        _ = try run(["set-option", "-g", "window-size", "manual"])
    }

    func stop() { _ = try? run(["kill-server"]) }

    func type(_ text: String, enter: Bool = false) {
        _ = try? run(["send-keys", "-t", "e2e", "-l", text])
        if enter { _ = try? run(["send-keys", "-t", "e2e", "Enter"]) }
    }

    func resize(width: Int, height: Int) throws {
        _ = try run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    func value(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's rows; with `escapes`, SGR sequences as tmux re-encodes them.
    func capture(escapes: Bool = false) throws -> [String] {
        let out = try run(["capture-pane", "-p", "-t", "e2e"] + (escapes ? ["-e"] : []))
        var lines = out.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Polls the pane until `predicate` holds; throws with the last screen after `timeout`.
    func waitFor(_ what: String, timeout: TimeInterval = 30, _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while Date() < deadline {
            screen = try capture()
            if !screen.isEmpty, predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxTimeout(message: "timed out waiting for \(what); screen was:\n" + screen.joined(separator: "\n"))
    }

    /// Runs one tmux client with posix_spawn and waits for it. Not Foundation's Process: the
    /// server daemon would inherit the descriptor Process watches and the wait would never end.
    @discardableResult
    func run(capturing: Bool = true, _ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(server)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capturing ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path, "-L", server] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner blocks signals in its threads; the server and its shell must not inherit
        // that, or they could never be stopped (kill-server hangs up the shell).
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
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxTimeout(message: "could not start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return capturing ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
    }
}

struct TmuxTimeout: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
