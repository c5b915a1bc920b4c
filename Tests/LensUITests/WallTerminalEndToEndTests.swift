import Foundation
import TestSupport
import Testing

/// `lenstail demo --wall` in a real terminal (a private tmux server): every call gets a row (the
/// chat too), an alert rings the bell and lands in the alert log, Enter opens a call and Esc
/// comes back. The rest of the wall's behaviour runs in-process on a `MemoryTerminal`
/// (LensTerminalTests' `WallLoopTests`).
@Suite(.serialized) struct WallTerminalEndToEndTests {
    static let binary = TerminalEndToEndTests.binary
    static let tmuxPath = Tmux.installedPath
    static let runnable = TerminalEndToEndTests.runnable

    static let agents = [
        "sam.okafor", "priya.nair", "lena.vogel", "tom.reyes", "aiko.sato", "marc.dubois", "nia.james", "omar.haddad",
    ]

    /// The top row: the line under the column titles (the queue strip, when shown, is above them).
    static func firstRow(_ screen: [String]) -> String? {
        guard let titles = screen.firstIndex(where: { $0.contains("AGENT") && $0.contains("QUEUE") }),
            titles + 1 < screen.count
        else { return nil }
        return screen[titles + 1]
    }

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func demoWall() async throws {
        let tmuxPath = try #require(Self.tmuxPath, "tmux is not installed")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wall-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("alerts.jsonl").path
        let tmux = Tmux(path: tmuxPath, size: (170, 30))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool {
            tmux.type("\(Self.binary) demo --wall --speed 4 --alert-log \(log); echo EXIT=$?", enter: true)
        }

        // Every call of the floor gets a row; the header says how often each is refreshed.
        let wall = try await tmux.waitForAsync("a row for each of the eight calls", timeout: .seconds(60)) { screen in
            Self.agents.allSatisfy { agent in screen.contains { $0.contains(agent) } }
        }
        #expect(wall[0].contains("lenstail wall") && wall[0].contains("refreshed every"), "header: \(wall[0])")
        // Under the header, the queue strip, a cell per queue: Billing's callers wait (since before the demo started).
        let strip = try await tmux.waitForAsync("the queue strip") { screen in
            screen.count > 2 && screen[1].contains("Billing") && screen[2].contains("AGENT")
        }
        #expect(["Billing", "Support", "Sales", "Retention"].allSatisfy(strip[1].contains), "strip: \(strip[1])")
        #expect(strip[1].contains(/Billing [1-9]\d* waiting \d+(m\d\d)?s \d+\/\d+ avail/), "strip: \(strip[1])")
        // The floor's chat is a row too, through the chat API.
        _ = try await tmux.waitForAsync("the chat's row", timeout: .seconds(60)) { screen in
            screen.contains { $0.contains("ana.lima") && $0.contains("chat · ") }
        }

        // The escalating call raises an alert: the bell rings, the row is marked, the log has a line.
        let deadline = ContinuousClock.now + .seconds(60)
        while try await offThePool({ try tmux.value("#{window_bell_flag}") }) != "1" {
            guard ContinuousClock.now < deadline else {
                Issue.record("no bell within 60 s")
                break
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        let alerted = try await tmux.waitForAsync("the alert at the top") { screen in
            // The mark column (selection, then alert), not a "!" that the customer said.
            let top = Self.firstRow(screen)
            return top.map { String($0.prefix(2)).hasSuffix("!") && $0.contains("sam.okafor") } ?? false
        }
        let top = Self.firstRow(alerted) ?? ""
        #expect(top.contains("Escalation") || top.contains("3×neg"), "\(top)")
        let lines = try await offThePool { try String(contentsOfFile: log, encoding: .utf8) }
        #expect(lines.contains("\"ContactId\"") && lines.contains("sam.okafor"), "alert log: \(lines)")
        let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // Enter opens the selected call (the top row) in the follow view; Esc returns to the wall.
        try await offThePool { tmux.press("k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "Enter") }
        let opened = try await tmux.waitForAsync("the opened call") { screen in
            screen.last?.contains("back to the wall") == true && screen.contains { $0.contains("CUSTOMER") }
        }
        #expect(!opened[0].contains("lenstail wall"))
        try await offThePool { tmux.press("Escape") }
        _ = try await tmux.waitForAsync("the wall again") { $0.first?.contains("lenstail wall") == true }

        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }

    /// `L` on the demo wall: the question names the selected call's agent and the supervisor the
    /// emulator's STS says the caller is; `n` closes it; `L` then `y` sends MonitorContact to the
    /// emulator, whose answer makes the row say it listens.
    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func listenInFromTheWall() async throws {
        let tmuxPath = try #require(Self.tmuxPath, "tmux is not installed")
        let tmux = Tmux(path: tmuxPath, size: (170, 30))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool { tmux.type("\(Self.binary) demo --wall --speed 1; echo EXIT=$?", enter: true) }
        _ = try await tmux.waitForAsync("the floor's rows", timeout: .seconds(60)) { screen in
            let top = Self.firstRow(screen)
            return top.map { row in Self.agents.contains { agent in row.contains(agent) } } ?? false
        }
        try await offThePool { tmux.press("L") }
        let asked = try await tmux.waitForAsync("the question", timeout: .seconds(30)) { screen in
            screen.last?.contains("'s call as rosa.mendes? (y/n)") == true
        }
        #expect(asked.last?.hasPrefix("Listen in to ") == true, "\(asked.last ?? "")")
        #expect(asked[0].contains("lenstail wall"), "the wall stays under the question")
        try await offThePool { tmux.press("n") }
        _ = try await tmux.waitForAsync("the question closed") { $0.last?.contains("Listen in") == false }
        try await offThePool { tmux.press("L") }
        _ = try await tmux.waitForAsync("the question again") { $0.last?.contains("(y/n)") == true }
        let pressed = ContinuousClock.now
        try await offThePool { tmux.press("y") }
        let listening = try await tmux.waitForAsync("a row listening", timeout: .seconds(30)) { screen in
            screen.contains { $0.contains("listening (your softphone rings)") }
        }
        // Key to MonitorContact to the row, as tmux shows it (its pane is read every 100 ms).
        print("FIGURE y to \"listening\" on the demo wall: \(pressed.duration(to: .now))")
        #expect(listening.count { $0.contains("listening (your softphone rings)") } == 1, "one call only: \(listening)")
        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }
}
