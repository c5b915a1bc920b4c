import Foundation
import Testing

/// A contact the stream never carries is WAITING, not a live and silent call, and `--wait`
/// bounds it as it does a follow through the API.
extension KinesisMotoTests {
    @Test func aContactTheStreamNeverCarriesWaitsThenGivesUpAfterWait() async throws {
        let moto = try moto()
        try moto.createStream("waiting", shards: 2)
        _ = try await KinesisHarness.simulate(moto, stream: "waiting", contacts: 1, speed: "instant")
        let unknown = "99999999-0000-4000-8000-000000000000"
        let started = ContinuousClock.now
        let result = try await LenstailProcess.run(
            [
                "follow", "--kinesis-stream", "waiting", "--contact-id", unknown, "--from-start", "--output", "text",
                "--endpoint-url", moto.url, "--wait", "3s",
            ],
            environment: KinesisHarness.environment, timeout: .seconds(90))
        print("FIGURE kinesis unknown contact, --wait 3s: exit \(result.status) after \(started.duration(to: .now))")
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("waiting for the contact's analysis to start"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("no record of contact \(unknown) on the stream"), "stderr: \(result.stderr)")
    }
}
