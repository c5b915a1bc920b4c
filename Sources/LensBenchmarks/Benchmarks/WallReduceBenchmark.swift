import ArgumentParser
import ContactLensModel
import Foundation
import LensUI

/// The wall's reducer on a busy floor, in process (no stream): `rows` live calls, each turn its
/// own engine event as the segment stream delivers them, reduced `batch` at a time as the
/// terminal's loop does. Prints the median and p95 per batch for every order the wall offers.
struct WallReduceBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall-reduce", abstract: "The wall's reducer per batch of engine events, for every order.")

    @Option(help: "Live calls on the wall.") var rows = 500
    @Option(help: "Batch sizes (engine events reduced at once).") var batches: [Int] = [16, 512]
    @Option(help: "Turns an event carries (the stream gives a contact's records of one answer at once).")
    var turns = 1
    @Option(help: "Measured batches per case.") var runs = 200

    func run() {
        print("wall reducer, \(rows) live calls, \(turns) turn(s) an event (median, p95):")
        for batch in batches {
            for sort in WallSort.allCases {
                let samples = Self.measure(rows: rows, batch: batch, sort: sort, turns: turns, runs: runs)
                print("  batch \(batch), order \(sort.rawValue): \(Show.ms(samples.median)), p95 \(Show.ms(samples.p95))")
            }
        }
    }

    /// Reduces `runs` batches of `batch` events of `turns` new turns each on a wall of `rows` calls
    /// kept in `sort`.
    static func measure(rows: Int, batch: Int, sort: WallSort, turns: Int = 1, runs: Int) -> Samples {
        var state = WallBenchmark.floor(rows, turns: 20)
        state.sort = sort
        state.relayout()
        var random = SeededGenerator(seed: 23)
        var next = Array(repeating: 20, count: rows)
        let sentiments: [Sentiment] = [.positive, .neutral, .negative]
        return Timing.samples(warmup: 3, runs: runs) {
            state.now += 0.05
            let events = (0..<batch).map { _ -> WallEvent in
                let c = Int.random(in: 0..<rows, using: &random)
                let segments = (0..<turns).map { _ -> Segment in
                    let t = next[c]
                    next[c] += 1
                    return .transcript(
                        Transcript(
                            id: "c\(c)-\(t)", participantId: t % 2 == 0 ? "a" : "c",
                            participantRole: t % 2 == 0 ? "AGENT" : "CUSTOMER",
                            content: "Turn \(t) of call \(c): the customer explains what went wrong with the bill.",
                            beginOffsetMillis: t * 4_000, endOffsetMillis: t * 4_000 + 3_000,
                            sentiment: sentiments.randomElement(using: &random)))
                }
                return .contact("c\(c)", .segments(segments, receivedAt: state.now))
            }
            _ = reduceWall(into: &state, .engineBatch(events))
        }
    }
}
