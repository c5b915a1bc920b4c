import Foundation

/// A private tmux server (`tmux -L`) with one pane, for end-to-end tests of the real terminal UI.
package struct Tmux: Sendable {
    package static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    /// tmux on this machine, if any.
    package static let installedPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    package let path: String
    package let server = "lenstail-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    package let size: (width: Int, height: Int)

    package init(path: String, size: (Int, Int)) {
        self.path = path
        self.size = size
    }

    /// Starts the server with a clean shell in a pane of `size`.
    package func start() throws {
        // The server forks from this client and would hold an output pipe open: no capture here.
        try run(
            capturing: false,
            [
                "-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "\(size.width)", "-y", "\(size.height)",
                "env", "-i", "HOME=\(NSHomeDirectory())", "PATH=/usr/bin:/bin", "TERM=tmux-256color", "LANG=C.UTF-8",
                "PS1=$ ", "bash", "--norc", "--noprofile",
            ])
        try run(["set-option", "-g", "window-size", "manual"])
    }

    package func stop() { _ = try? run(["kill-server"]) }

    package func type(_ text: String, enter: Bool = false) {
        _ = try? run(["send-keys", "-t", "e2e", "-l", text])
        if enter { _ = try? run(["send-keys", "-t", "e2e", "Enter"]) }
    }

    /// Presses keys by tmux name ("Space", "Left", "Enter", "q").
    package func press(_ names: String...) {
        _ = try? run(["send-keys", "-t", "e2e"] + names)
    }

    package func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format value, e.g. `#{pane_title}`.
    package func value(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's rows; with `escapes`, SGR sequences as tmux re-encodes them.
    package func capture(escapes: Bool = false) throws -> [String] {
        var lines = try run(["capture-pane", "-p", "-t", "e2e"] + (escapes ? ["-e"] : [])).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Polls the pane until `predicate` holds; throws with the last screen after `timeout`. It
    /// never blocks the concurrency pool, which may be serving an in-process emulator.
    package func waitForAsync(
        _ what: String, timeout: Duration = .seconds(30),
        _ predicate: @Sendable ([String]) -> Bool
    ) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        var screen: [String] = []
        while ContinuousClock.now < deadline {
            screen = try await offThePool { try capture() }
            if !screen.isEmpty, predicate(screen) { return screen }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TmuxTimeout(message: "timed out waiting for \(what); screen was:\n" + screen.joined(separator: "\n"))
    }

    /// Runs one tmux client with posix_spawn and waits for it. Not Foundation's Process: the
    /// server daemon would inherit the descriptor Process watches and the wait would never end.
    @discardableResult
    package func run(capturing: Bool = true, _ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(server)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capturing ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path, "-L", server] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // The test runner blocks signals in its threads; the server and its shell must not inherit
        // that, or they could never be stopped (kill-server hangs up the shell).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
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

package struct TmuxTimeout: Error, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}
