import Foundation
import TestSupport
import Testing

/// `lenstail demo --chat` in a real terminal (a private tmux server): times of day, display names,
/// the bot hand-off, events, the attachment, the category tag and the extra filter keys.
@Suite(.serialized) struct ChatTerminalTests {
    static let binary = TerminalEndToEndTests.binary
    static let runnable = TerminalEndToEndTests.runnable

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func chatDemoInARealTerminal() async throws {
        let tmux = Tmux(path: try #require(Tmux.installedPath, "tmux is not installed"), size: (110, 34))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool { tmux.type("TZ=UTC \(Self.binary) demo --chat --speed 20; echo EXIT=$?", enter: true) }

        let done = try await tmux.waitForAsync("the whole chat") { screen in
            screen.contains { $0.contains("COMPLETED") } && screen.contains { $0.contains("participant left") }
        }
        let text = done.joined(separator: "\n")
        #expect(done[1].contains("chat 09:15:00–09:15:31"), "header: \(done[1])")
        #expect(text.contains("09:15:03 CUSTOM_BOT"), "\(text)")
        #expect(text.contains("Northwind Assistant: Hi!"), "\(text)")
        #expect(text.contains("— Sam: participant joined"), "\(text)")
        #expect(text.contains("📎 Inés sent receipt-march.pdf (APPROVED)"), "\(text)")
        #expect(text.contains("[Billing dispute]"), "\(text)")

        // The bot filter shows the bot's turns only.
        try await offThePool { tmux.type("o") }
        let bot = try await tmux.waitForAsync("bot-only view") { screen in
            screen[1].contains("only bot")
                && !screen.dropFirst(2).contains { $0.range(of: #"^\d\d:\d\d:\d\d AGENT"#, options: .regularExpression) != nil }
        }
        #expect(bot.contains { $0.contains("CUSTOM_BOT") }, "\(bot)")

        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }
}
