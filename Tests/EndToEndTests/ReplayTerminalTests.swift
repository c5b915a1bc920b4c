import ContactLensModel
import Foundation
import LensRecording
import TestSupport
import Testing

/// `lenstail replay` in a real terminal (tmux): the player keys and the progress line, and `w`
/// writing the filtered view. Skips without tmux, fails under CI=true.
@Suite(.serialized) struct ReplayTerminalTests {
    /// 30 turns, one every 2 s (turn i begins at 2i s), in a recording of one finished page.
    static func recording(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("call.jsonl").path
        let segments = TestCall.scenario(turns: 30).contacts[0].segments.map(\.segment)
        try RecordingWriter(path: path).append(
            RecordedPage(
                receivedAt: Date(), requestToken: nil, instanceId: TestCall.instanceId, contactId: TestCall.contactId,
                response: ListSegmentsResponse(segments: segments)))
        return path
    }

    static func text(_ screen: [String]) -> String { screen.joined(separator: "\n") }

    /// The turns on screen, by number.
    static func turns(_ screen: [String]) -> Set<Int> {
        Set(
            screen.compactMap { line in
                guard let range = line.range(of: #"Turn \d+:"#, options: .regularExpression) else { return nil }
                return Int(line[range].dropFirst(5).dropLast())
            })
    }

    @Test(.enabled(if: Tmux.installedPath != nil || Tmux.isCI, "needs tmux"))
    func playerKeysMoveTheReplayAndWWritesTheFilteredView() async throws {
        let directory = RecordReplayExportTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.recording(in: directory)
        let tmux = Tmux(path: try #require(Tmux.installedPath, "tmux is not installed"), size: (120, 40))
        try await offThePool { try tmux.start() }
        defer { tmux.stop() }
        try await offThePool {
            tmux.type(
                "cd \(directory.path) && \(LenstailProcess.binary.path) replay call.jsonl --speed 1; echo EXIT=$?", enter: true)
        }
        _ = try await tmux.waitForAsync("the replay playing") {
            $0.joined().contains("▶ REPLAY 1×") && Self.turns($0).contains(0)
        }

        tmux.press("Space", "0")
        let start = try await tmux.waitForAsync("paused at the start") {
            Self.text($0).contains("‖ 00:00") && Self.text($0).contains("paused · 1×")
        }
        #expect(Self.turns(start) == [0], "at 0:00 only the first turn has begun")

        tmux.press("Right", "Right", "Right")
        let forward = try await tmux.waitForAsync("30 s on") { Self.text($0).contains("‖ 00:30") }
        #expect(Self.turns(forward).max() == 15, "turns up to 0:30 have arrived")
        try await Task.sleep(for: .milliseconds(1500))
        #expect(Self.text(try await offThePool { try tmux.capture() }).contains("‖ 00:30"), "paused: the position holds")

        tmux.press("Left", "Left")
        let back = try await tmux.waitForAsync("back to 0:10") { Self.text($0).contains("‖ 00:10") && Self.turns($0).max() == 5 }
        #expect(Self.turns(back) == Set(0...5), "moving back shows the call up to 0:10 only, once")
        #expect(Self.text(back).contains("AGENT 3 · CUSTOMER 3"))

        tmux.press(">", ">")
        _ = try await tmux.waitForAsync("4× while paused") { Self.text($0).contains("paused · 4×") }
        tmux.press("Space")
        _ = try await tmux.waitForAsync("playing at 4×") { Self.text($0).contains("▶ REPLAY 4×") }

        tmux.press("$")
        let end = try await tmux.waitForAsync("the end of the call") {
            Self.text($0).contains("■ ") && Self.text($0).contains("COMPLETED")
        }
        #expect(Self.text(end).contains("Refund agreed."), "the summary")

        tmux.press("a", "w")
        let saved = try await tmux.waitForAsync("where the view went") { Self.text($0).contains("wrote 15 agent turns to") }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix("-agent.md") }
        #expect(files.count == 1, "\(Self.text(saved))")
        if let name = files.first {
            let path = directory.appendingPathComponent(name).path
            #expect(name.hasPrefix("lenstail-\(TestCall.contactId)-"))
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
            let markdown = try String(contentsOfFile: path, encoding: .utf8)
            #expect(markdown.contains("**Showing:** AGENT turns only"))
            #expect(markdown.contains("Turn 28") && !markdown.contains("Turn 29"), "agent turns only")
        }

        tmux.press("q")
        let after = try await tmux.waitForAsync("exit") { $0.contains { $0.hasPrefix("EXIT=") } }
        #expect(Self.text(after).contains("EXIT=0"))
    }
}
