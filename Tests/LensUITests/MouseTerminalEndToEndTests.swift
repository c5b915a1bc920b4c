import Foundation
import TestSupport
import Testing

/// The mouse in a real terminal (a private tmux server, `TERM=tmux-256color`): the reports a
/// terminal sends are typed into the pane — xterm's SGR form, which lenstail reads itself where
/// the terminfo entry names only X10, and the X10 form ncurses decodes — and `demo --wall`
/// scrolls, selects and opens with them.
@Suite(.serialized) struct MouseTerminalEndToEndTests {
    static let binary = TerminalEndToEndTests.binary
    static let runnable = TerminalEndToEndTests.runnable

    /// The SGR report of `button` at the 0-based cell (x, y): pressed, or released.
    static func sgr(_ button: Int, x: Int, y: Int, release: Bool = false) -> String {
        "\u{1B}[<\(button);\(x + 1);\(y + 1)\(release ? "m" : "M")"
    }

    /// The X10 report of a left click at (x, y): press, then release.
    static func x10Click(x: Int, y: Int) -> String {
        let cell = String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
        return "\u{1B}[M " + cell + "\u{1B}[M#" + cell
    }

    /// The row whose line shows `agent`, and the selected row's line.
    static func line(of agent: String, _ screen: [String]) -> Int? {
        screen.indices.dropFirst(2).first { screen[$0].contains(agent) }
    }
    static func selected(_ screen: [String]) -> Int? { screen.indices.first { screen[$0].hasPrefix("▶") } }

    /// The call times ("01:03") of the turns on screen, top first.
    static func turnsShown(_ screen: [String]) -> [String] {
        screen.compactMap { line in line.wholeMatch(of: /(\d\d:\d\d) .*/).map { String($0.1) } }
    }

    /// The turns the opened call's header counts ("AGENT 13 · CUSTOMER 12").
    static func turns(_ screen: [String]) -> Int {
        guard screen.count > 1 else { return 0 }
        return screen[1].matches(of: /(AGENT|CUSTOMER) (\d+)/).compactMap { Int($0.2) }.reduce(0, +)
    }

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func theMouseScrollsSelectsAndOpens() async throws {
        let tmuxPath = try #require(Tmux.installedPath, "tmux is not installed")
        let tmux = Tmux(path: tmuxPath, size: (150, 16))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool { tmux.type("\(Self.binary) demo --wall --speed 4; echo EXIT=$?", enter: true) }
        let agents = WallTerminalEndToEndTests.agents
        let wall = try await tmux.waitForAsync("five rows", timeout: .seconds(60)) { screen in
            agents.filter { agent in screen.contains { $0.contains(agent) } }.count >= 5 && Self.selected(screen) == 2
        }
        #expect(wall[0].contains("lenstail wall"))

        // The wheel moves the selection down a row, and back.
        try await offThePool { tmux.type(Self.sgr(65, x: 20, y: 6)) }
        _ = try await tmux.waitForAsync("the wheel down a row") { Self.selected($0) == 3 }
        try await offThePool { tmux.type(Self.sgr(64, x: 20, y: 6)) }
        _ = try await tmux.waitForAsync("the wheel up a row") { Self.selected($0) == 2 }

        // A click selects the row it lands on (its call keeps the selection as the order moves).
        let target = try #require(agents.first { agent in Self.line(of: agent, wall).map { $0 >= 4 } == true })
        try await offThePool {
            let y = try #require(Self.line(of: target, try tmux.capture()))
            tmux.type(Self.sgr(0, x: 8, y: y) + Self.sgr(0, x: 8, y: y, release: true))
        }
        _ = try await tmux.waitForAsync("\(target) selected") { screen in
            Self.selected(screen).map { screen[$0].contains(target) } == true
        }

        // The same with the X10 report ncurses decodes, on another row.
        let other = try #require(agents.first { agent in agent != target && Self.line(of: agent, wall) != nil })
        try await offThePool {
            let y = try #require(Self.line(of: other, try tmux.capture()))
            tmux.type(Self.x10Click(x: 8, y: y))
        }
        _ = try await tmux.waitForAsync("\(other) selected by an X10 click") { screen in
            Self.selected(screen).map { screen[$0].contains(other) } == true
        }

        // A double click opens the call.
        try await offThePool {
            let y = try #require(Self.line(of: target, try tmux.capture()))
            let click = Self.sgr(0, x: 8, y: y) + Self.sgr(0, x: 8, y: y, release: true)
            tmux.type(click + click)
        }
        _ = try await tmux.waitForAsync("\(target)'s call open") { screen in
            screen[0].hasPrefix("lenstail \(target)") && screen.last?.contains("back to the wall") == true
        }

        // Once the call is longer than the view, the wheel scrolls the transcript back to its
        // start (follow pauses); down again, it follows.
        let following = try await tmux.waitForAsync("a transcript longer than the view", timeout: .seconds(90)) { screen in
            Self.turnsShown(screen).count + 2 < Self.turns(screen)
        }
        let newest = try #require(Self.turnsShown(following).first)
        try await offThePool { tmux.type(String(repeating: Self.sgr(64, x: 30, y: 6), count: 40)) }
        let scrolled = try await tmux.waitForAsync("the transcript scrolled to its start") { screen in
            screen.contains { $0.contains("paused") || $0.contains("below") }
        }
        #expect(scrolled[0].hasPrefix("lenstail \(target)"))
        #expect(try #require(Self.turnsShown(scrolled).first) < newest, "\(scrolled)")
        try await offThePool { tmux.type(String(repeating: Self.sgr(65, x: 30, y: 6), count: 80)) }
        _ = try await tmux.waitForAsync("following again") { screen in
            !screen.contains { $0.contains("paused") || $0.contains("below") }
                && (Self.turnsShown(screen).first.map { $0 >= newest } ?? false)
        }

        try await offThePool { tmux.press("q") }
        _ = try await tmux.waitForAsync("the wall again") { $0.first?.contains("lenstail wall") == true }
        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }

    /// `--no-mouse`: lenstail asks for no reports, and the ones a terminal sends anyway are
    /// dropped whole: no Esc, no letters taken as keys.
    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func noMouseLeavesTheMouseAndDropsReportsSentAnyway() async throws {
        let tmuxPath = try #require(Tmux.installedPath, "tmux is not installed")
        let tmux = Tmux(path: tmuxPath, size: (150, 16))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool { tmux.type("\(Self.binary) demo --wall --no-mouse --speed 4; echo EXIT=$?", enter: true) }
        let agents = WallTerminalEndToEndTests.agents
        _ = try await tmux.waitForAsync("four rows", timeout: .seconds(60)) { screen in
            agents.filter { agent in screen.contains { $0.contains(agent) } }.count >= 4 && Self.selected(screen) == 2
        }
        // In an opened call Esc would go back to the wall and M jump to a category (pausing follow).
        try await offThePool { tmux.press("Enter") }
        let opened = try await tmux.waitForAsync("the call open") { $0.last?.contains("back to the wall") == true }
        let title = String(opened[0].prefix(40))
        let click = Self.sgr(0, x: 8, y: 4) + Self.sgr(0, x: 8, y: 4, release: true)
        try await offThePool { tmux.type(Self.sgr(64, x: 8, y: 4) + click + click + Self.x10Click(x: 8, y: 4)) }
        try await Task.sleep(for: .seconds(1))
        let after = try await offThePool { try tmux.capture() }
        #expect(after[0].hasPrefix(title), "still the call: \(after)")
        #expect(!after.contains { $0.contains("paused") || $0.contains("[<") || $0.contains(";5M") }, "nothing typed: \(after)")
        try await offThePool { tmux.press("q") }
        _ = try await tmux.waitForAsync("the wall again") { $0.first?.contains("lenstail wall") == true }
        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }
}
