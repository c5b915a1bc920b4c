import Foundation
import TestSupport
import Testing

/// `lenstail demo --wall` in a real terminal (a private tmux server): when Sam transfers the
/// escalating call to Frank on the Retention queue, the call keeps its row, which moves to
/// Frank's leg and says it came from Sam; Sam's leg gets no row of its own, live or ended.
@Suite(.serialized) struct WallTransferTerminalEndToEndTests {
    static let binary = TerminalEndToEndTests.binary
    static let tmuxPath = Tmux.installedPath
    static let runnable = TerminalEndToEndTests.runnable

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func aTransferKeepsItsRow() async throws {
        let tmuxPath = try #require(Self.tmuxPath, "tmux is not installed")
        let tmux = Tmux(path: tmuxPath, size: (170, 30))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool {
            tmux.type("\(Self.binary) demo --wall --speed 8; echo EXIT=$?", enter: true)
        }
        _ = try await tmux.waitForAsync("Sam's row", timeout: .seconds(60)) { screen in
            screen.contains { $0.contains("sam.okafor") }
        }
        let moved = try await tmux.waitForAsync("Frank's leg on Sam's row", timeout: .seconds(120)) { screen in
            screen.contains { $0.contains("frank.moreau") && $0.contains("Retention") && $0.contains("↪ from sam.okafor") }
        }
        let text = moved.joined(separator: "\n")
        #expect(moved.count { $0.contains("sam.okafor") } == 1, "Sam's leg has no row of its own:\n\(text)")
        #expect(moved.count { $0.contains("frank.moreau") } == 1, "\(text)")
        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }
}
