import Foundation
import Testing

/// `demo --wall` without a terminal ends, as `follow` does, when nothing is live and nothing can
/// start: the demo's floor is scripted, so after its last call there is nothing left to show.
@Suite struct WallDemoEndTests {
    @Test func theWallDemosLinesEndWhenEveryCallIsOver() async throws {
        let started = ContinuousClock.now
        let result = try await LenstailProcess.run(
            ["demo", "--wall", "--output", "jsonl", "--speed", "20"], timeout: .seconds(240))
        let took = started.duration(to: .now)
        let lines = result.stdout.split(separator: "\n")
        let ids = Set(lines.compactMap { $0.firstMatch(of: /"ContactId":"([^"]+)"/).map { String($0.1) } })
        let over = Set(
            lines.filter { $0.contains("\"Status\":\"COMPLETED\"") || $0.contains("\"Status\":\"FAILED\"") }
                .compactMap { $0.firstMatch(of: /"ContactId":"([^"]+)"/).map { String($0.1) } })
        print("FIGURE demo --wall --output jsonl --speed 20: exit \(result.status) after \(took), \(over.count) calls over")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(ids.count >= 8, "every call of the floor had lines")
        #expect(over == ids, "each call's lines end with its status")
    }
}
