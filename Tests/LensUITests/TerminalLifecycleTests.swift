import Foundation
import TestSupport
import Testing

/// How the full-screen view leaves the terminal when it is stopped from outside, suspended, or
/// dies: in a real terminal (a private tmux server), as the user's shell sees it afterwards.
@Suite(.serialized) struct TerminalLifecycleTests {
    static let binary = TerminalEndToEndTests.binary
    static let runnable = TerminalEndToEndTests.runnable

    /// Starts `lenstail demo` in a pane and waits for the view; returns the tmux and lenstail's pid.
    static func demo(_ environment: String = "", then: String = "; echo EXIT=$?") async throws -> (Tmux, pid_t) {
        let tmux = Tmux(path: try #require(Tmux.installedPath), size: (100, 30))
        try await offThePool { try tmux.start() }
        tmux.type("\(environment) \(binary) demo --speed 5\(then)", enter: true)
        _ = try await tmux.waitForAsync("the view") { $0.last?.hasPrefix("? help") == true }
        let shell = try tmux.value("#{pane_pid}")
        let pid = try await offThePool { try Self.child(of: shell) }
        return (tmux, pid)
    }

    static func child(of parent: String) throws -> pid_t {
        let listing = try String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)
        return try #require(listing.split(separator: " ").first.flatMap { pid_t($0) })
    }

    /// The shell's terminal settings are the cooked ones again (echo and line editing on).
    static func expectSaneTerminal(_ tmux: Tmux) async throws {
        tmux.type("stty -a | tr ' ' '\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' '; echo STTY", enter: true)
        let screen = try await tmux.waitForAsync("stty") { $0.contains { $0.hasSuffix("STTY") && !$0.contains("stty") } }
        let line = try #require(screen.last { $0.hasSuffix("STTY") && !$0.contains("stty") })
        #expect(
            line.contains("icanon") && line.contains("echo") && !line.contains("-icanon") && !line.contains("-echo"), "\(line)")
        #expect(try tmux.value("#{alternate_on}") == "0", "the alternate screen is left")
        #expect(try tmux.value("#{cursor_flag}") == "1", "the cursor shows")
    }

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built lenstail"))
    func sigtermRestoresTheTerminalAndExits143() async throws {
        let (tmux, pid) = try await Self.demo()
        defer { tmux.stop() }
        kill(pid, SIGTERM)
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=143") }
        try await Self.expectSaneTerminal(tmux)
    }

    /// Dying in the view (a fault, sent here as SIGSEGV) still gives the shell its terminal back.
    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built lenstail"))
    func aCrashInTheViewStillRestoresTheTerminal() async throws {
        let (tmux, pid) = try await Self.demo("SWIFT_BACKTRACE=enable=no")
        defer { tmux.stop() }
        kill(pid, SIGSEGV)
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=139") }
        try await Self.expectSaneTerminal(tmux)
    }

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built lenstail"))
    func ctrlZSuspendsAndFgBringsTheViewBack() async throws {
        // A stopped job ends a `;` list at once in bash: the exit status is asked of `fg`.
        let (tmux, _) = try await Self.demo(then: "")
        defer { tmux.stop() }
        _ = try await tmux.waitForAsync("the call") { $0[0].contains("● LIVE") }
        tmux.press("C-z")
        _ = try await tmux.waitForAsync("the shell") { $0.contains { $0.contains("Stopped") } }
        #expect(try tmux.value("#{alternate_on}") == "0")
        tmux.type("fg; echo EXIT=$?", enter: true)
        _ = try await tmux.waitForAsync("the view again") { $0.last?.hasPrefix("? help") == true && $0[0].hasPrefix("lenstail") }
        tmux.type("q")
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
        try await Self.expectSaneTerminal(tmux)
    }

    /// A terminal that cannot show the view gets the text stream, as an unknown TERM does.
    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built lenstail"))
    func termDumbStreamsText() async throws {
        let tmux = Tmux(path: try #require(Tmux.installedPath), size: (120, 30))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-dumb-\(UUID().uuidString)").path
        tmux.type(
            "TERM=dumb \(Self.binary) demo --speed 50 --max-rate 20 --poll-interval 0.05 2>\(errors); echo EXIT=$?", enter: true)
        let screen = try await tmux.waitForAsync("the stream to end") { $0.contains { $0.hasPrefix("EXIT=") } }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains { $0.hasPrefix("SUMMARY  COMPLETED") })
        #expect(
            try String(contentsOfFile: errors, encoding: .utf8)
                .contains("TERM=dumb cannot show the full-screen view; streaming text instead"))
        #expect(try tmux.value("#{alternate_on}") == "0")
    }
}
