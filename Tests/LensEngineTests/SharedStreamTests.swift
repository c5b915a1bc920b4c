import Foundation
import Testing

@testable import LensEngine

/// Many readers of one 2-shard stream whose shards admit 5 GetRecords a second between them, on
/// a virtual clock (`SharedStreamSimulation`): what each supervisor would see of the sharing.
/// The same readers against moto behind a throttling proxy: scripts/bench-kinesis-share.sh.
@Suite struct SharedStreamTests {
    static let simulation = SharedStreamSimulation()
    static let warmUp = Duration.seconds(60)
    static let end = Duration.seconds(600)

    /// Readers joining a little apart, as people open their screens.
    static func starts(_ count: Int) -> [Duration] { (0..<count).map { .milliseconds(137 * $0) } }

    static func p95(_ figures: SharedStreamSimulation.Figures, to: Duration = end) -> Duration {
        figures.latencies(from: warmUp, to: to, roundTrip: simulation.roundTrip).percentile(0.95)
    }

    static func reads(_ figures: SharedStreamSimulation.Figures) -> Int { figures.reads.values.map(\.count).reduce(0, +) }

    static func describe(_ all: [SharedStreamSimulation.Figures]) -> String {
        let throttled = all.map(\.throttled).reduce(0, +)
        let calls = all.map(\.calls).reduce(0, +)
        let p95s = all.map { Self.p95($0).formattedSeconds }.joined(separator: " / ")
        return "p95 \(p95s); \(throttled) of \(calls) GetRecords throttled (\(100 * throttled / max(calls, 1)) %)"
    }

    @Test func aLoneReaderIsNeverThrottledAndReadsEveryShardEvery250ms() {
        let all = Self.simulation.run(starts: [.zero], until: .seconds(120))
        #expect(all[0].throttled == 0)
        for starts in all[0].reads.values {
            let gaps = zip(starts, starts.dropFirst()).map { $1 - $0 }
            #expect(gaps.allSatisfy { $0 == .milliseconds(250) }, "\(Set(gaps))")
        }
        #expect(Self.p95(all[0], to: .seconds(120)) <= .milliseconds(300))
    }

    @Test func fiveReadersEachReadWithinOneAndAHalfSecondsAndFewOfTheirCallsAreThrottled() {
        let all = Self.simulation.run(starts: Self.starts(5), until: Self.end)
        for (reader, figures) in all.enumerated() {
            #expect(figures.throttledShare < 0.10, "reader \(reader): \(figures.throttled) of \(figures.calls) throttled")
            #expect(Self.p95(figures) <= .milliseconds(1500), "reader \(reader): p95 \(Self.p95(figures))")
        }
        let reads = all.map(Self.reads)
        #expect(reads.min()! * 4 >= reads.max()! * 3, "an even share: \(reads) reads")
        print("FIGURE shared stream, 5 readers (virtual, 600 s): \(Self.describe(all)); reads \(reads)")
    }

    @Test func tenReadersAllKeepReadingAndShareEvenly() {
        let all = Self.simulation.run(starts: Self.starts(10), until: Self.end)
        let reads = all.map(Self.reads)
        #expect(reads.min()! * 2 >= reads.max()!, "no reader starves: \(reads) reads")
        // Twice the readers a shard serves at one read a second each: slower, and alike.
        let p95s = all.map { Self.p95($0) }
        #expect(p95s.allSatisfy { $0 <= .seconds(5) }, "\(p95s)")
        #expect(p95s.max()! <= p95s.min()! * 1.5, "evenly: \(p95s)")
        for (reader, figures) in all.enumerated() {
            for starts in figures.reads.values {
                let longest = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? .zero
                #expect(longest <= .seconds(20), "reader \(reader) waited \(longest) between two reads")
            }
        }
        // The shards give what they have: 5 reads a second each, most of them used.
        let perSecond = Double(reads.reduce(0, +)) / (Self.end.seconds * 2)
        #expect(perSecond <= 5 && perSecond > 2.5, "\(perSecond) reads a second per shard")
        print("FIGURE shared stream, 10 readers (virtual, 600 s): \(Self.describe(all)); reads \(reads)")
    }

    @Test func theLastReaderLeftIsBackTo250msWithinAMinuteOrTwo() {
        let stops: [Duration?] = [nil] + Array(repeating: .seconds(120), count: 4)
        let all = Self.simulation.run(starts: Self.starts(5), stops: stops, until: .seconds(400))
        for starts in all[0].reads.values {
            let after = starts.drop { $0 < .seconds(120) }
            let gaps = zip(after, after.dropFirst()).map { (start: $0, gap: $1 - $0) }
            let back = gaps.first { $0.gap == .milliseconds(250) }?.start
            #expect(
                back.map { $0 - .seconds(120) <= .seconds(120) } == true, "fast again at \(back.map(\.description) ?? "never")")
            print("FIGURE shared stream: alone again at 120 s, reading every 250 ms from \(back.map(\.description) ?? "never")")
        }
    }
}
