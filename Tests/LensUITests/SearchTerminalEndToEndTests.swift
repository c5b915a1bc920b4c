import Foundation
import TestSupport
import Testing

/// `lenstail demo --history` in a real terminal (a private tmux server): the search's list of
/// the day's contacts, Enter opens the selected one from the emulator's real-time API, Esc comes
/// back to the list, q quits with status 0. The list's keys run in-process in `ContactListTests`.
@Suite(.serialized) struct SearchTerminalEndToEndTests {
    static let binary = TerminalEndToEndTests.binary
    static let runnable = TerminalEndToEndTests.runnable

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func demoHistory() async throws {
        let tmuxPath = try #require(Tmux.installedPath, "tmux is not installed")
        let tmux = Tmux(path: tmuxPath, size: (150, 30))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool { tmux.type("\(Self.binary) demo --history; echo EXIT=$?", enter: true) }

        let list = try await tmux.waitForAsync("the list of the day's contacts", timeout: .seconds(60)) { screen in
            screen.first?.contains("lenstail search") == true && screen.contains { $0.contains("in progress") }
        }
        #expect(list[0].contains("42 contacts"), "header: \(list[0])")
        #expect(list[1].contains("START") && list[1].contains("CONTACT ID"))

        // The first two rows are the calls in progress; the third is a finished one.
        try await offThePool { tmux.press("j", "j", "Enter") }
        let opened = try await tmux.waitForAsync("the opened contact", timeout: .seconds(60)) { screen in
            screen.last?.contains("back to the 42 contacts found") == true && screen.contains { $0.contains("CUSTOMER") }
        }
        #expect(opened[0].contains("lenstail contact"))
        try await offThePool { tmux.press("Escape") }
        _ = try await tmux.waitForAsync("the list again") { $0.first?.contains("lenstail search") == true }

        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }
}
