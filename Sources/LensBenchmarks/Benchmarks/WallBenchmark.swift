import ArgumentParser
import ContactLensModel
import Foundation
import LensEngine
import LensUI

/// The wall: one 200×60 frame with 10, 1k and 10k live contacts (the cost must not grow with
/// the floor), memory per contact with 1k turns, and the scheduler on a virtual clock.
struct WallBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall", abstract: "The wall's 200×60 frame against the floor's size; the scheduler's figures.")

    @Argument(help: "Live contacts per case.")
    var sizes: [Int] = [10, 1_000, 10_000]

    @Option(help: "Measured frames per case.")
    var runs = 300

    @Option(help: "Contacts of the memory case (1k turns each).")
    var memoryContacts = 200

    func run() {
        // Memory first, before the frames' allocations can be reused.
        let before = ProcessMemory.now().rss
        let big = Self.floor(memoryContacts, turns: 1_000)
        let after = ProcessMemory.now().rss
        withExtendedLifetime(big) {
            print("memory: \(Show.mb(max(0, after - before) / max(1, memoryContacts))) per contact with 1k turns")
        }
        let size = Size(width: 200, height: 60)
        print("wall frame, 200×60, as the terminal program draws it (median, p95):")
        var medians: [Int: Double] = [:]
        for n in sizes {
            var screen = WallScreen(Self.floor(n, turns: 4))
            let samples = Timing.samples(runs: runs) { _ = screen.render(size: size, back: nil) }
            medians[n] = samples.median
            print("  \(Show.count(n)) contacts: \(Show.ms(samples.median)), p95 \(Show.ms(samples.p95))")
        }
        if let small = sizes.first, let large = sizes.last, let a = medians[small], let b = medians[large] {
            print(String(format: "  frame(%@)/frame(%@) = %.2f", Show.count(large), Show.count(small), b / a))
        }
        // Each second every clock moves: every clock on screen is redrawn (the order does not move with them).
        print("a second passes: tick + frame, 200×60 (median, p95), and the frame alone (every clock moved):")
        for n in sizes {
            var screen = WallScreen(Self.floor(n, turns: 4))
            var now = screen.now
            var frames: [Double] = []
            let samples = Timing.samples(runs: max(20, runs / 10)) {
                now += 1
                _ = screen.reduce(.tick(now))
                frames.append(Timing.seconds { _ = screen.render(size: size, back: nil) })
            }
            let frame = Samples(frames)
            print(
                "  \(Show.count(n)) contacts: \(Show.ms(samples.median)), p95 \(Show.ms(samples.p95));"
                    + " frame \(Show.ms(frame.median)), p95 \(Show.ms(frame.p95))")
        }
        for throttle in [0.0, 0.3] {
            var simulation = WallSchedulerSimulation()
            simulation.throttleRate = throttle
            print("scheduler, 20 calls at 1 req/s, 10 min of call time, \(Int(throttle * 100)) % throttled: \(simulation.run())")
        }
    }

    /// A wall of `n` live calls, each with `turns` turns, built with one sort.
    static func floor(_ n: Int, turns: Int) -> WallState {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var state = try! WallState(
            instanceId: "bench", scope: "benchmark", options: WallOptions(alertPatterns: ["Escalation"], alertNegative: 3),
            size: Size(width: 200, height: 60), now: now)
        var events: [WallEvent] = [
            .floor(
                (0..<n).map {
                    WallContactInfo(
                        contactId: "c\($0)", agent: "agent.\($0)", queue: ["Billing", "Support", "Sales"][$0 % 3],
                        connectedAt: now.addingTimeInterval(-Double($0 % 600)))
                }),
            .pace(WallPace(live: n, rate: 1, refreshSeconds: Double(n), throttled: false)),
        ]
        let sentiments: [Sentiment] = [.positive, .neutral, .negative]
        for c in 0..<n {
            let segments = (0..<turns).map { t in
                Segment.transcript(
                    Transcript(
                        id: "c\(c)-\(t)", participantId: t % 2 == 0 ? "a" : "c",
                        participantRole: t % 2 == 0 ? "AGENT" : "CUSTOMER",
                        content: "Turn \(t) of call \(c): the customer explains what went wrong with the bill this month.",
                        beginOffsetMillis: t * 4_000, endOffsetMillis: t * 4_000 + 3_000, sentiment: sentiments[(c + t) % 3]))
            }
            events.append(.contact("c\(c)", .segments(segments, receivedAt: now)))
        }
        _ = reduceWall(into: &state, .engineBatch(events))
        return state
    }
}
