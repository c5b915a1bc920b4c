import AWSClient
import ContactLensModel
import Foundation
import Testing

@testable import LensEngine

/// One reader's share of a shard's limit, on a virtual clock: slower on throttling, faster with
/// time, never past its bounds; a shard that is behind is read at once whatever the share.
@Suite struct ShardShareTests {
    typealias Machine = ShardReaderMachine
    static let rules = ShardShare.Rules()
    static let poll = Duration.milliseconds(250)
    static let throttled = ClientError.service(
        ServiceError(code: "ProvisionedThroughputExceededException", message: "Rate exceeded for shard", httpStatus: 400))

    /// A machine reading one shard "s" whose iterator arrived at 10 ms.
    static func machine() -> Machine {
        var machine = Machine(configuration: ShardReaderConfiguration(start: .latest), seed: 11)
        _ = machine.next(at: .zero)
        machine.listed([ShardReaderMachineTests.shard("s")], at: .milliseconds(5))
        _ = machine.next(at: .milliseconds(5))
        machine.gotIterator(shardId: "s", iterator: "i", at: .milliseconds(10))
        return machine
    }

    /// Reads `s` from `now` for `calls` calls, throttling those `throttle` says; returns the
    /// start of every call and where the clock ended.
    static func run(
        _ machine: inout Machine, from now: Duration, calls: Int, answer: Machine.RecordsSummary = .idle,
        throttle: (Int) -> Bool = { _ in false }
    ) -> (starts: [Duration], end: Duration) {
        var now = now
        var starts: [Duration] = []
        while starts.count < calls {
            let step = machine.next(at: now)
            guard !step.requests.isEmpty else {
                now = step.wakeAt ?? now + .milliseconds(1)
                continue
            }
            for request in step.requests {
                guard case .records = request else {
                    machine.listed([ShardReaderMachineTests.shard("s")], at: now + .milliseconds(5))
                    continue
                }
                starts.append(now)
                if throttle(starts.count - 1) {
                    _ = machine.failed(request, error: throttled, at: now + .milliseconds(5))
                } else {
                    _ = machine.gotRecords(shardId: "s", answer, at: now + .milliseconds(5))
                }
            }
        }
        return (starts, now)
    }

    static func gaps(_ starts: [Duration]) -> [Duration] { zip(starts, starts.dropFirst()).map { $1 - $0 } }

    @Test func aLoneReaderAsksAnIdleShardEveryPollInterval() {
        var machine = Self.machine()
        let (starts, _) = Self.run(&machine, from: .milliseconds(10), calls: 40)
        #expect(Self.gaps(starts).allSatisfy { $0 == Self.poll }, "\(Self.gaps(starts))")
        #expect(machine.shards["s"]?.share.throttles == 0)
    }

    @Test func theFirstThrottleOfARunSlowsTheShardDownToTheLongestInterval() {
        var share = ShardShare(pollInterval: Self.poll)
        #expect(share.interval(rules: Self.rules, pollInterval: Self.poll) == Self.poll)
        share.throttled(rules: Self.rules)
        let once = share.interval(rules: Self.rules, pollInterval: Self.poll)
        #expect(once > Self.poll && once < .milliseconds(350), "one throttle: a little slower (\(once))")
        // More throttles in the same run (no success between): one window, one decrease.
        for _ in 0..<5 { share.throttled(rules: Self.rules) }
        #expect(share.interval(rules: Self.rules, pollInterval: Self.poll) == once)
        #expect(share.throttles == 6)
        // Runs separated by successes: each slows it again, never past the longest interval.
        var intervals = [once]
        for _ in 0..<40 {
            share.succeeded(startedAt: .seconds(1), rules: Self.rules, pollInterval: Self.poll)
            share.throttled(rules: Self.rules)
            intervals.append(share.interval(rules: Self.rules, pollInterval: Self.poll))
        }
        #expect(zip(intervals, intervals.dropFirst()).allSatisfy { $0 <= $1 }, "\(intervals)")
        #expect(intervals[10] >= .seconds(1), "eleven runs: at most one read a second (\(intervals[10]))")
        #expect(intervals.last == Self.rules.longest)
    }

    @Test func quietTimeBringsAThrottledShardBackToThePollInterval() {
        var machine = Self.machine()
        // Twenty runs of throttles (every other call), then nothing but quiet answers.
        let (starts, _) = Self.run(&machine, from: .milliseconds(10), calls: 600, throttle: { $0 < 40 && $0.isMultiple(of: 2) })
        let quiet = Array(starts.dropFirst(40))
        let gaps = Self.gaps(quiet)
        #expect(gaps.first! >= .seconds(4), "slowest right after the throttles: \(gaps.prefix(3))")
        #expect(zip(gaps, gaps.dropFirst()).allSatisfy { $0 >= $1 }, "the interval only shrinks while nothing is throttled")
        let recovered = gaps.firstIndex(of: Self.poll).map { quiet[$0] - quiet[0] }
        let shown = recovered.map(\.description) ?? "never"
        #expect(recovered.map { $0 < .seconds(150) } == true, "back to 250 ms after \(shown)")
        #expect(gaps.allSatisfy { $0 >= Self.poll })
        print("FIGURE shard share: slowed to \(gaps[0]) by 20 throttles, back to 250 ms after \(shown) of quiet")
    }

    @Test func aShardThatIsBehindIsReadAgainAtOnceWhateverItsShare() {
        var machine = Self.machine()
        var (starts, now) = Self.run(&machine, from: .milliseconds(10), calls: 20, throttle: { $0.isMultiple(of: 2) })
        let idle = machine.shards["s"]!.share.interval(rules: Self.rules, pollInterval: Self.poll)
        #expect(idle >= .seconds(1), "ten runs of throttles: a slow share (\(idle))")
        // Now the shard has a backlog: every answer brings records and says it is still behind.
        let behind = Machine.RecordsSummary(count: 500, lastSequence: "9", nextIterator: "i", millisBehindLatest: 60_000)
        (starts, now) = Self.run(&machine, from: now, calls: 20, answer: behind)
        let gaps = Self.gaps(starts)
        #expect(gaps.allSatisfy { $0 == .milliseconds(200) }, "catching up at 5 reads a second: \(gaps)")
        // Caught up: back to its share (which the reads meanwhile have raised a little).
        let caughtUp = Machine.RecordsSummary(count: 3, lastSequence: "10", nextIterator: "i", millisBehindLatest: 0)
        (starts, _) = Self.run(&machine, from: now, calls: 3, answer: caughtUp)
        #expect(Self.gaps(starts).allSatisfy { $0 > .seconds(1) }, "\(Self.gaps(starts))")
    }

    @Test func aThrottledCallIsMadeAgainHalfASecondToASecondLaterAtRandom() {
        // Drawn at random so that readers that collided part; AWS throttles the second after.
        var pauses: [Duration] = []
        for seed in 0..<40 {
            var machine = Machine(configuration: ShardReaderConfiguration(start: .latest), seed: UInt64(seed))
            _ = machine.next(at: .zero)
            machine.listed([ShardReaderMachineTests.shard("s")], at: .zero)
            _ = machine.next(at: .zero)
            machine.gotIterator(shardId: "s", iterator: "i", at: .zero)
            let read = machine.next(at: .milliseconds(200)).requests
            #expect(read == [.records(shardId: "s", iterator: "i")])
            guard case .retrying(1, let pause, true) = machine.failed(read[0], error: Self.throttled, at: .milliseconds(210))
            else { continue }
            pauses.append(pause)
            #expect(machine.next(at: .milliseconds(210) + pause - .milliseconds(1)).requests.isEmpty)
            #expect(machine.next(at: .milliseconds(210) + pause).requests == read)
        }
        #expect(pauses.count == 40)
        #expect(pauses.allSatisfy { $0 >= .milliseconds(500) && $0 <= .seconds(1) }, "\(pauses)")
        #expect(Set(pauses).count > 30, "jittered, not one fixed pause: \(Set(pauses).count) distinct")
    }
}

extension ShardReaderMachine.RecordsSummary {
    /// Nothing new at the tip.
    static let idle = Self(count: 0, lastSequence: nil, nextIterator: "i", millisBehindLatest: 0)
}
