import Foundation
import TestSupport
import Testing

/// `lenstail demo` in a real terminal: a private tmux server with a pane of fixed size.
/// Skips when tmux or the built binary is missing, but fails under CI=true.
@Suite(.serialized) struct TerminalEndToEndTests {
    static let isCI = Tmux.isCI
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/lenstail").path
    static let tmuxPath = Tmux.installedPath
    static let runnable = tmuxPath != nil && FileManager.default.isExecutableFile(atPath: binary)

    @Test(.enabled(if: runnable || isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func demoInARealTerminal() async throws {
        let tmuxPath = try #require(Self.tmuxPath, "tmux is not installed")
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build lenstail first: swift build")
        let tmux = Tmux(path: tmuxPath, size: (100, 30))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool { tmux.type("\(Self.binary) demo --speed 20; echo EXIT=$?", enter: true) }

        // Turns appear, each participant labelled, and the header is live.
        let live = try await tmux.waitForAsync("turns from both participants") { screen in
            screen.contains { $0.range(of: #"^\d\d:\d\d AGENT "#, options: .regularExpression) != nil }
                && screen.contains { $0.range(of: #"^\d\d:\d\d CUSTOMER "#, options: .regularExpression) != nil }
        }
        #expect(live[0].contains("contact"), "header: \(live[0])")
        #expect(try await offThePool { try tmux.value("#{alternate_on}") } == "1", "the view uses the alternate screen")

        // Colours: the 256-colour theme gives each participant its own colour.
        let coloured = try await offThePool { try tmux.capture(escapes: true) }.joined(separator: "\n")
        #expect(
            coloured.contains("\u{1B}[38;5;39m")
                && coloured.range(of: "38;5;39m[^\\n]*AGENT", options: .regularExpression) != nil,
            "agent colour: \(coloured.debugDescription)")
        #expect(
            coloured.range(of: "38;5;170m[^\\n]*CUSTOMER", options: .regularExpression) != nil,
            "customer colour: \(coloured.debugDescription)")

        // The customer filter hides the agent's turns.
        try await offThePool { tmux.type("c") }
        let filtered = try await tmux.waitForAsync("customer-only view") { screen in
            screen[1].contains("only customer")
                && !screen.dropFirst(2).contains { $0.range(of: #"^\d\d:\d\d AGENT "#, options: .regularExpression) != nil }
        }
        #expect(
            filtered.contains { $0.range(of: #"^\d\d:\d\d CUSTOMER "#, options: .regularExpression) != nil }, "\(filtered)")

        // A resize reflows at once: the footer moves to the new last row, nothing passes column 60.
        try await offThePool { try tmux.resize(width: 60, height: 20) }
        let narrow = try await tmux.waitForAsync("reflow to 60×20") { screen in
            screen.count == 20 && screen[19].hasPrefix("? help") && screen[1].hasSuffix("only customer · follow")
        }
        #expect(narrow.allSatisfy { $0.count <= 60 }, "\(narrow)")
        try await offThePool { try tmux.resize(width: 30, height: 8) }
        _ = try await tmux.waitForAsync("terminal too small") { $0.joined(separator: " ").contains("terminal too small") }
        try await offThePool { try tmux.resize(width: 100, height: 30) }
        _ = try await tmux.waitForAsync("full view back") { $0.count == 30 && $0[29].hasPrefix("? help") }

        // q leaves: the shell prints the exit status and the alternate screen is gone.
        try await offThePool { tmux.type("q") }
        let after = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
        #expect(try await offThePool { try tmux.value("#{alternate_on}") } == "0")
        #expect(!after.contains { $0.contains("? help") }, "the view is cleared from the normal screen: \(after)")
    }

    /// Once the call has ended nothing ticks, and a resize alone must wake the view: SIGWINCH may
    /// reach any thread of the process, not the one waiting on the terminal.
    @Test(.enabled(if: runnable || isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func aResizeAfterTheCallEndedStillReflows() async throws {
        let tmux = Tmux(path: try #require(Self.tmuxPath, "tmux is not installed"), size: (100, 30))
        try await offThePool { try tmux.start() }
        defer { tmux.stop() }
        try await offThePool { tmux.type("\(Self.binary) demo --speed instant; echo EXIT=$?", enter: true) }
        _ = try await tmux.waitForAsync("the call completed") { $0.first?.hasSuffix("COMPLETED") == true }
        for (width, height) in [(70, 20), (90, 26), (64, 18)] {
            try await offThePool { try tmux.resize(width: width, height: height) }
            _ = try await tmux.waitForAsync("reflow to \(width)×\(height)", timeout: .seconds(10)) { screen in
                screen.count == height && screen[0].hasSuffix("COMPLETED") && screen[height - 1].hasPrefix("? help")
            }
        }
        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }

    /// NO_COLOR gives no colour at all (bold and underline still tell roles apart); a terminal of
    /// 8 colours gets the basic palette and never a 256-colour code.
    @Test(
        .enabled(if: runnable || isCI, "needs tmux and a built .build/debug/lenstail (swift build)"),
        arguments: [("NO_COLOR=1", false), ("TERM=xterm", true)])
    func colourFollowsTheTerminal(environment: String, colours: Bool) async throws {
        let tmux = Tmux(path: try #require(Self.tmuxPath, "tmux is not installed"), size: (100, 30))
        try await offThePool { try tmux.start() }
        defer { tmux.stop() }
        try await offThePool { tmux.type("\(environment) \(Self.binary) demo --speed 20; echo EXIT=$?", enter: true) }
        _ = try await tmux.waitForAsync("turns") { screen in
            screen.contains { $0.range(of: #"^\d\d:\d\d CUSTOMER "#, options: .regularExpression) != nil }
        }
        let screen = try await offThePool { try tmux.capture(escapes: true) }.joined(separator: "\n")
        let sgr = try Regex(#"\x1B\[([0-9;]*)m"#)
        let codes = screen.matches(of: sgr).flatMap {
            $0.output[1].substring.map { $0.split(separator: ";").map(String.init) } ?? []
        }
        #expect(!screen.contains("38;5;") && !screen.contains("48;5;"), "no 256-colour codes")
        let foregrounds = codes.filter { ["30", "31", "32", "33", "34", "35", "36", "37"].contains($0) }
        #expect(foregrounds.isEmpty == !colours, "basic colours: \(Set(foregrounds).sorted())")
        #expect(codes.contains("1") && codes.contains("4"), "bold and underline")
        tmux.press("q")
        _ = try await tmux.waitForAsync("exit") { $0.contains { $0.hasPrefix("EXIT=0") } }
    }
}
