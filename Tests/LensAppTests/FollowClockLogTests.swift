import AWSClient
import Foundation
import LensApp
import LensEngine
import LensSimulator
import Testing

/// A follow from a machine whose clock is 10 minutes slow: the emulator refuses the first request
/// like AWS, the client signs it again with the offset, and `--log-file` says so.
@Suite struct FollowClockLogTests {
    @Test func theAdoptedOffsetIsInTheLog() async throws {
        let emulator = Simulator(SimulatorConfiguration(scenario: .demo, speed: .infinity, credentials: [CheckBench.keys]))
        let port = try await emulator.start()
        let log = NSTemporaryDirectory() + "lenstail-clock-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        var aws = AWSSettings(region: "us-east-1", endpointURL: "http://127.0.0.1:\(port)")
        aws.now = { Date().addingTimeInterval(-600) }
        let environment = AWSEnvironment(
            variables: [
                "AWS_ACCESS_KEY_ID": CheckBench.keys.accessKeyId,
                "AWS_SECRET_ACCESS_KEY": CheckBench.secret,
                "AWS_EC2_METADATA_DISABLED": "true",
            ],
            homeDirectory: NSTemporaryDirectory())
        let memory = MemoryConsole()
        do {
            try await FollowSession.follow(
                instanceId: CheckBench.instanceId, contactId: CheckBench.contactId, aws: aws,
                poller: PollerConfiguration(), output: OutputSettings(format: .text, logFile: log),
                // The clock is the point here: no transfer lookup's requests after the follow.
                recordPath: nil, transfers: TransferSettings(followsTransfers: false), environment: environment,
                console: memory.console)
        } catch {
            await emulator.stop()
            throw error
        }
        let statuses = await emulator.requestLog.map(\.status)
        await emulator.stop()
        #expect(statuses.first == 403 && statuses.dropFirst().allSatisfy { $0 == 200 }, "\(statuses)")
        #expect(!memory.out.isEmpty, "the transcript was printed")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("clock: AWS is") }, "no clock line in:\n\(text)")
        #expect(line.contains("ahead of this machine (a request was refused: InvalidSignatureException: Signature expired: "))
        // 600 s, read from the emulator's Date header (whole seconds, late on a loaded machine).
        let offset = String(line).firstMatch(of: /signed with an offset of \+(\d+) s$/).flatMap { Int($0.1) }
        #expect(offset.map { (590...601).contains($0) } == true, "\(line)")
        #expect(!text.contains(CheckBench.secret))
        print("FIGURE clock skew in the log: \(statuses.count) requests (\(statuses)); \(line)")
    }
}
