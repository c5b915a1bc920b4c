import AWSClient
import ArgumentParser
import CLargeAllocations
import ContactLensModel
import Foundation
import LensEngine
import LensUI

/// The wall on a loaded stream (`kinesis-load` first): `WallStreamReader` gives every contact a
/// row, events are reduced in batches as the terminal's loop does, and a 200×60 frame is drawn
/// after each batch. Prints segments a second through the whole path, reducer and frame times
/// while the floor is busy, CPU seconds and memory per contact.
struct KinesisWallBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinesis-wall", abstract: "The wall of every contact on a loaded stream: frames, rates, memory.")

    @Option(help: "The loopback Kinesis (moto_server).") var endpointURL = "http://127.0.0.1:5000"
    @Option(help: "The stream to read.") var stream = "bench"
    @Option(help: "Stop once this many contacts have finished.") var contacts: Int
    @Option(help: "Engine events reduced at once (the terminal reduces what arrived since its last wake-up).")
    var batch = 512
    @Option(help: "GetRecords Limit (the service's 10,000 when not given): the size of the answers in flight.")
    var limit: Int?

    func run() async throws {
        // The allocator as lenstail sets it: large blocks freed go back to the system.
        lenstail_return_large_allocations()
        let client = KinesisBench.client(endpointURL)
        let reader = WallStreamReader(
            reader: ShardReader(
                configuration: ShardReaderConfiguration(start: .trimHorizon, pollInterval: .milliseconds(200), limit: limit),
                calls: KinesisCalls(client: client, stream: .name(stream))),
            stream: .name(stream), instanceId: nil, everyContact: true, credentialSource: nil)
        let reading = Task { await reader.run() }
        defer { reading.cancel() }

        let size = Size(width: 200, height: 60)
        var screen = WallScreen(
            try WallState(
                instanceId: "bench", scope: "every contact on the stream", options: WallOptions(alertPatterns: ["Escalation"]),
                size: size))
        let memoryBefore = ProcessMemory.now().rss
        let heldBefore = MallocInfo.inUse()
        let cpuBefore = KinesisBench.cpuSeconds()
        let clock = ContinuousClock()
        let start = clock.now
        var pending: [WallEvent] = []
        var reduceTimes: [Double] = []
        var frameTimes: [Double] = []
        var segments = 0
        var finished = 0
        var mostLive = 0
        for await event in reader.events {
            switch event {
            case .contact(_, .segments(let new, _)): segments += new.count
            case .contact(_, .finished): finished += 1
            case .stream(.failed(let message)): throw BenchmarkError("the stream reader failed: \(message)")
            default: break
            }
            pending.append(event)
            let last = finished >= contacts
            guard pending.count >= batch || last else { continue }
            screen.state.now = Date()
            let messages = pending.map(WallMessage.engine)
            reduceTimes.append(Timing.seconds { _ = screen.reduce(.messages(messages)) })
            pending = []
            mostLive = max(mostLive, screen.state.visible.count)
            frameTimes.append(Timing.seconds { _ = screen.render(size: size, back: nil) })
            if last { break }
        }
        let wall = (clock.now - start).seconds
        let cpu = KinesisBench.cpuSeconds() - cpuBefore
        let memory = ProcessMemory.now().rss - memoryBefore
        let held = MallocInfo.inUse() - heldBefore
        let reduce = Samples(reduceTimes)
        let frames = Samples(frameTimes)
        print("kinesis-wall: \(finished) contacts finished, \(segments) segments, at most \(mostLive) live rows at once")
        print(
            "  wall \(String(format: "%.2f", wall)) s: \(Show.rate(Double(segments) / wall)) segments read, routed and reduced (bound by the server)"
        )
        print(
            "  reducer per batch of \(batch) events: median \(Show.ms(reduce.median)), p95 \(Show.ms(reduce.p95)), max \(Show.ms(reduce.max)); "
                + "\(Show.rate(Double(segments) / reduceTimes.reduce(0, +))) segments reduced")
        print(
            "  frame 200×60 after each batch (\(frameTimes.count)): median \(Show.ms(frames.median)), p95 \(Show.ms(frames.p95)), max \(Show.ms(frames.max))"
        )
        print(
            "  CPU \(String(format: "%.2f", cpu)) s; memory: RSS +\(Show.mb(memory)), \(memory / max(1, finished) / 1024) KB per contact; "
                + "malloc holds +\(Show.mb(held)), \(held / max(1, finished) / 1024) KB per contact"
        )
    }
}
