import Foundation
import TestSupport
import Testing

/// `lenstail demo --transfer` in a real terminal (a private tmux server): when Sam's call ends,
/// Frank's leg on the Retention queue follows in the same view, below a divider, with Sam's
/// turns kept above it and the header counting the legs.
@Suite(.serialized) struct TransferTerminalEndToEndTests {
    static let binary = TerminalEndToEndTests.binary
    static let tmuxPath = Tmux.installedPath
    static let runnable = TerminalEndToEndTests.runnable

    @Test(.enabled(if: runnable || Tmux.isCI, "needs tmux and a built .build/debug/lenstail (swift build)"))
    func theDividerAppearsBetweenTheLegs() async throws {
        let tmuxPath = try #require(Self.tmuxPath, "tmux is not installed")
        let tmux = Tmux(path: tmuxPath, size: (120, 60))
        defer { tmux.stop() }
        try await offThePool { try tmux.start() }
        try await offThePool {
            tmux.type("\(Self.binary) demo --transfer --speed 20 --poll-interval 0.2; echo EXIT=$?", enter: true)
        }
        let screen = try await tmux.waitForAsync("Frank's leg below the divider", timeout: .seconds(120)) { screen in
            screen.contains { $0.contains("Frank speaking") }
        }
        let text = screen.joined(separator: "\n")
        let divider = try #require(screen.firstIndex { $0.contains("— transferred to Retention · frank.moreau · ") }, "\(text)")
        let frank = try #require(screen.firstIndex { $0.contains("Frank speaking") })
        #expect(divider < frank)
        #expect(screen[..<divider].contains { $0.contains("CUSTOMER") }, "Sam's leg stays above:\n\(text)")
        #expect(screen[1].contains("leg 2"), "\(screen[1])")
        try await offThePool { tmux.type("q") }
        _ = try await tmux.waitForAsync("exit status") { $0.contains("EXIT=0") }
    }
}
