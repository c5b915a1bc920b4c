import Foundation
import LensSimulator
import TestSupport
import Testing

/// The full-screen view in a real terminal (tmux) fed hostile text: the pane title never changes
/// and the screen shows no escape garbage. Skips without tmux, fails under CI=true.
@Suite(.serialized) struct HostileTerminalTests {
    @Test(.enabled(if: Tmux.installedPath != nil || Tmux.isCI, "needs tmux"))
    func hostileTextCannotRetitleThePaneOrDrawGarbage() async throws {
        let tmux = try Tmux(path: #require(Tmux.installedPath, "tmux is not installed"), size: (140, 45))
        let simulator = Simulator(SimulatorConfiguration(scenario: HostileCall.scenario, speed: .infinity))
        let port = try await simulator.start()
        defer { Task { await simulator.stop() } }
        try await offThePool { try tmux.start() }
        defer { tmux.stop() }
        let title = try await offThePool { try tmux.value("#{pane_title}") }
        let keys =
            "AWS_ACCESS_KEY_ID=\(DemoIdentity.accessKeyId) AWS_SECRET_ACCESS_KEY=\(DemoIdentity.credentials.secretAccessKey)"
        let command =
            "TERM=xterm-256color \(keys) \(LenstailProcess.binary.path) follow --instance-id \(HostileCall.instanceId) "
            + "--contact-id \(HostileCall.contactId) --region us-east-1 --endpoint-url http://127.0.0.1:\(port) --max-rate 20; echo EXIT=$?"
        try await offThePool { tmux.type("clear; " + command, enter: true) }

        let screen = try await tmux.waitForAsync("the summary of the hostile call") {
            let text = $0.joined(separator: "\n")
            return text.contains("done") && text.contains("joiners")
        }.joined(separator: "\n")
        #expect(try await offThePool { try tmux.value("#{pane_title}") } == title, "the pane title is unchanged")
        #expect(!screen.contains(HostileCall.titleBait), "no OSC/DCS payload shows")
        for garbage in ["[31m", "[2J", "]0;", "]2;", "\u{1B}"] { #expect(!screen.contains(garbage), "\(garbage) on screen") }
        try await offThePool { tmux.type("q") }
        let after = try await tmux.waitForAsync("exit") { $0.contains { $0.hasPrefix("EXIT=") } }.joined(separator: "\n")
        #expect(after.contains("EXIT=0"))
        #expect(try await offThePool { try tmux.value("#{pane_title}") } == title)
        print("FIGURE tmux: pane title \"\(title)\" unchanged; 0 escape fragments on a 140×45 screen")
    }
}
