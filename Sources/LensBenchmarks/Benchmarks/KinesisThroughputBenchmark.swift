import AWSClient
import ArgumentParser
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator

/// Loads a stream with many concurrent simulated calls (`kinesis-load`), or reads one to its end
/// the way a wall of every contact would (`kinesis-read`): every record decoded and merged into
/// its contact's store. Prints records and segments a second, CPU seconds, memory per contact.
struct KinesisLoadBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinesis-load", abstract: "Create a stream and put many simulated calls on it.")

    @Option(help: "The loopback Kinesis (moto_server).") var endpointURL = "http://127.0.0.1:5000"
    @Option(help: "The stream to create.") var stream = "bench"
    @Option(help: "Shards of the stream.") var shards = 4
    @Option(help: "Concurrent calls (copies of the demo call).") var contacts = 100

    func run() async throws {
        let client = KinesisBench.client(endpointURL)
        try await KinesisBench.createStream(client, name: stream, shards: shards)
        let plan = StreamEventPlan(scenario: .demo, copies: contacts, seed: 42)
        let start = ContinuousClock.now
        let records = try await KinesisBench.publish(plan, to: stream, client: client)
        print(
            "kinesis-load: \(records) records (\(contacts) calls) on \(stream) in \(String(format: "%.1f", (ContinuousClock.now - start).seconds)) s"
        )
    }
}

struct KinesisReadBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinesis-read", abstract: "Read a whole stream: decode and merge every record.")

    @Option(help: "The loopback Kinesis (moto_server).") var endpointURL = "http://127.0.0.1:5000"
    @Option(help: "The stream to read.") var stream = "bench"
    @Option(help: "Stop after this many records.") var records: Int

    func run() async throws {
        let client = KinesisBench.client(endpointURL)
        let reader = ShardReader(
            configuration: ShardReaderConfiguration(start: .trimHorizon, pollInterval: .milliseconds(200)),
            calls: KinesisCalls(client: client, stream: .name(stream)))
        let memoryBefore = ProcessMemory.now().rss
        let cpuBefore = KinesisBench.cpuSeconds()
        let clock = ContinuousClock()
        let start = clock.now
        var stores: [String: TranscriptStore] = [:]
        var read = 0
        var segments = 0
        var unreadable = 0
        var decodeMerge = Duration.zero
        for await output in reader.outputs(clock: clock) {
            guard case .records(_, let batch, _) = output else {
                if case .failed(let error) = output { throw BenchmarkError("the reader failed: \(error.shortReason)") }
                continue
            }
            let began = clock.now
            for record in batch {
                switch StreamRecordDecoder.decode(record.data) {
                case .event(let event):
                    segments += event.segments.count
                    stores[event.contactId, default: TranscriptStore()].apply(event.segments)
                case .otherContact, .unreadable: unreadable += 1
                }
            }
            decodeMerge += clock.now - began
            read += batch.count
            if read >= records { break }
        }
        let wall = (clock.now - start).seconds
        let cpu = KinesisBench.cpuSeconds() - cpuBefore
        let memory = ProcessMemory.now().rss - memoryBefore
        let turns = stores.values.reduce(0) { $0 + $1.turns.count }
        print(
            "kinesis-read: \(read) records, \(segments) segments, \(stores.count) contacts, \(turns) turns, \(unreadable) unreadable"
        )
        print(
            "  wall \(String(format: "%.2f", wall)) s: \(Show.rate(Double(read) / wall)) records, \(Show.rate(Double(segments) / wall)) segments (bound by the server)"
        )
        print(
            "  decode + merge alone \(String(format: "%.3f", decodeMerge.seconds)) s: \(Show.rate(Double(read) / decodeMerge.seconds)) records, "
                + "\(Show.rate(Double(segments) / decodeMerge.seconds)) segments")
        print(
            "  CPU \(String(format: "%.2f", cpu)) s = \(String(format: "%.2f", cpu * 100_000 / Double(read))) s per 100k records")
        print("  memory: RSS +\(Show.mb(memory)), \(memory / max(1, stores.count) / 1024) KB per contact")
    }
}
