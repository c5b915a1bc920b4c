import AWSClient
import ArgumentParser
import ContactLensModel
import Foundation
import LensEngine
import Synchronization

/// From the PutRecord of a partial utterance to the follow event that carries it, through a
/// loopback Kinesis (moto: `moto_server -p 5000`), at the reader's default cadence.
struct KinesisLatencyBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinesis-latency", abstract: "PutRecord → FollowEvent latency over a loopback Kinesis.")

    @Option(help: "The loopback Kinesis (moto_server).") var endpointURL = "http://127.0.0.1:5000"
    @Option(help: "Utterances put, one every 50-150 ms.") var count = 200
    @Option(help: "Shards of the stream.") var shards = 4
    @Option(help: "The reader's idle poll interval in ms (lenstail's default: 250).") var pollMs = 250

    func run() async throws {
        let client = KinesisBench.client(endpointURL)
        let name = "latency-\(UInt32.random(in: 0...UInt32.max))"
        try await KinesisBench.createStream(client, name: name, shards: shards)
        let contactId = "c0ffee00-0000-4000-8000-000000000001"
        let reader = ShardReader(
            configuration: ShardReaderConfiguration(
                start: .atTimestamp(Date().addingTimeInterval(-1)),
                pollInterval: .milliseconds(pollMs)),
            calls: KinesisCalls(client: client, stream: .name(name)))
        let follower = StreamFollower(reader: reader, stream: .name(name), contactId: contactId)
        let sent = Mutex<[String: ContinuousClock.Instant]>([:])
        let latencies = Mutex<[Double]>([])
        let consumer = Task {
            for await event in follower.events() {
                guard case .segments(let segments, _) = event else { continue }
                let now = ContinuousClock.now
                for case .utterance(let piece) in segments {
                    if let start = sent.withLock({ $0[piece.id] }) { latencies.withLock { $0.append((now - start).seconds) } }
                }
            }
        }
        try await Task.sleep(for: .seconds(2))  // the reader has its iterators
        for i in 0..<count {
            let piece = Utterance(
                id: "u\(i)", transcriptId: "t\(i / 4)", participantId: "AGENT", participantRole: "AGENT",
                partialContent: "piece \(i)", beginOffsetMillis: i * 100, endOffsetMillis: i * 100 + 90)
            let event = SegmentStreamEvent(
                instanceId: "i", contactId: contactId, eventType: .segments, segments: [.utterance(piece)])
            let data = try event.serialized()
            sent.withLock { $0[piece.id] = ContinuousClock.now }
            _ = try await client.putRecord(PutRecordRequest(stream: .name(name), data: data, partitionKey: contactId))
            try await Task.sleep(for: .milliseconds(Int.random(in: 50...150)))
        }
        try await Task.sleep(for: .seconds(2))
        consumer.cancel()
        let latency = LatencyHistogram(seconds: latencies.withLock { $0 })
        guard latency.count == count else {
            throw BenchmarkError("\(latency.count) of \(count) utterances arrived")
        }
        print("kinesis latency: PutRecord → FollowEvent, \(count) utterances on \(shards) shards, poll \(pollMs) ms")
        print("  \(latency.summary)")
    }
}
