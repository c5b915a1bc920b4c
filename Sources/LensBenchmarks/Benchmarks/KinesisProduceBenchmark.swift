import AWSClient
import ArgumentParser
import ContactLensModel
import Foundation
import LensSimulator

/// The producer of scripts/bench-kinesis-share.sh: plays the demo call's stream events (as
/// `simulate --to-kinesis` lays them out) one PutRecord each, at the call's pace times `speed`,
/// and prints when each was put, so a reader's line on stdout can be timed from its PutRecord.
struct KinesisProduceBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinesis-produce",
        abstract: "Put the demo call's stream events one by one; print each put's wall time and segment ids (JSON lines).")

    @Option(help: "The loopback Kinesis (moto_server).") var endpointURL = "http://127.0.0.1:5000"
    @Option(help: "The stream (it must exist).") var stream: String
    @Option(help: "Times the call's own pace.") var speed = 4.0

    func validate() throws {
        guard speed > 0, speed.isFinite else { throw ValidationError("--speed must be a positive number") }
    }

    func run() async throws {
        let client = KinesisBench.client(endpointURL)
        let plan = StreamEventPlan(scenario: .demo)
        let clock = ContinuousClock()
        let start = clock.now
        for item in plan.items {
            try await clock.sleep(until: start.advanced(by: .milliseconds(Int(Double(item.atMillis) / speed))), tolerance: nil)
            let data = try item.event.serialized()
            let put = Date().timeIntervalSince1970
            _ = try await client.putRecord(PutRecordRequest(stream: .name(stream), data: data, partitionKey: item.contactId))
            let ids = item.event.segments.compactMap(Self.key)
            let line: [String: Any] = ["contact": item.contactId, "event": item.event.eventType.rawValue, "put": put, "ids": ids]
            // Written at once (not buffered): the script reads each line as it comes.
            let json = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
            FileHandle.standardOutput.write(json + Data("\n".utf8))
        }
    }

    /// "Transcript:<id>" or "Utterance:<id>", as a reader's JSON line names the segment.
    static func key(_ segment: Segment) -> String? {
        switch segment {
        case .transcript(let turn): "Transcript:\(turn.id)"
        case .utterance(let piece): "Utterance:\(piece.id)"
        case .categories, .postContactSummary, .unknown, .chat: nil
        }
    }
}
