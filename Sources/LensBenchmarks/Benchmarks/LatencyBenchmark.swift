import AWSClient
import ArgumentParser
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import LensUI

/// From a page arriving at the engine (`FollowEvent.segments`' receivedAt, taken when the client has
/// the decoded page) to the end of the frame that shows it: in-process emulator → client →
/// Follower → reducer → render, over real loopback HTTP with SigV4.
struct LatencyBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "latency", abstract: "Response-to-frame latency of a live call.")

    @Option(help: "Turns the live call adds while measured.")
    var turns = 300

    @Option(help: "Turns already in the view when the call starts.")
    var preload = 10_000

    @Option(help: "Call speed (20 turns/s at 60).")
    var speed = 60.0

    func run() async throws {
        let (latency, render, pages) = try await Self.measure(preload: preload, turns: turns, speed: speed)
        print("latency: page received → frame rendered, \(pages) pages with new turns, \(Show.count(preload)) turns preloaded")
        print(
            "  \(latency.summary)   (render alone: median \(Show.ms(render.median)))"
        )
    }

    /// Plays `turns` new turns of a live call onto a view holding `preload`; each page's latency
    /// and render time, and the number of pages with new turns.
    static func measure(preload: Int, turns: Int, speed: Double) async throws -> (
        latency: LatencyHistogram, render: LatencyHistogram, pages: Int
    ) {
        var state = CallState.make(turns: preload)
        let total = preload + turns
        let segments = (0..<turns).map { i in
            ScenarioSegment(.transcript(Corpus.turn(preload + i, of: total)), releaseAtMillis: (i + 1) * 3000)
        }
        let scenario = Scenario(contacts: [
            ScenarioContact(instanceId: Corpus.instanceId, contactId: Corpus.contactId, segments: segments)
        ])
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: speed))
        let port = try await simulator.start()
        let client = ContactLensClient(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(DemoIdentity.credentials))
        let follower = Follower(
            client: client, instanceId: Corpus.instanceId, contactId: Corpus.contactId,
            configuration: PollerConfiguration(pollInterval: .milliseconds(50), maxRate: 100))
        var latencies: [Double] = []
        var renders: [Double] = []
        var failure: String?
        for await event in follower.events() {
            _ = reduce(into: &state, .engine(event))
            if case .failed(let message) = event { failure = message }
            guard case .segments(let segments, let receivedAt) = event, !segments.isEmpty else { continue }
            let renderTime = Timing.seconds { _ = render(state, size: CallState.size) }
            latencies.append(Date().timeIntervalSince(receivedAt))
            renders.append(renderTime)
        }
        await simulator.stop()
        if let failure { throw BenchmarkError("the follow failed: \(failure)") }
        guard state.store.turns.count == total else {
            throw BenchmarkError("the view has \(state.store.turns.count) turns, expected \(total)")
        }
        return (LatencyHistogram(seconds: latencies), LatencyHistogram(seconds: renders), latencies.count)
    }
}
