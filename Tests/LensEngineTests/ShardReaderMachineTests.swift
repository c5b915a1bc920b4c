import AWSClient
import ContactLensModel
import Foundation
import Testing

@testable import LensEngine

/// The stream reader's scheduling on a virtual clock: no sleeps, every time given.
@Suite struct ShardReaderMachineTests {
    typealias Machine = ShardReaderMachine
    static let since = Date(timeIntervalSince1970: 1_800_000_000)

    static func machine(maxInFlight: Int = 8) -> Machine {
        Machine(configuration: ShardReaderConfiguration(start: .atTimestamp(since), maxInFlight: maxInFlight), seed: 7)
    }

    static func shard(_ id: String, parents: [String] = [], ending: String? = nil) -> KinesisShard {
        KinesisShard(
            shardId: id, parentShardId: parents.first, adjacentParentShardId: parents.dropFirst().first,
            sequenceNumberRange: SequenceNumberRange(startingSequenceNumber: "1", endingSequenceNumber: ending))
    }

    static func error(_ code: String, status: Int = 400) -> ClientError {
        .service(ServiceError(code: code, message: "", httpStatus: status))
    }

    static func records(_ count: Int, last: String? = nil, next: String? = "it", behind: Int = 0) -> Machine.RecordsSummary {
        Machine.RecordsSummary(count: count, lastSequence: last, nextIterator: next, millisBehindLatest: behind)
    }

    /// Lists, then asks each shard for an iterator, then reads it.
    static func started(_ shards: [KinesisShard], machine: inout Machine) {
        #expect(machine.next(at: .zero).requests == [.listShards])
        machine.listed(shards, at: .milliseconds(5))
        for request in machine.next(at: .milliseconds(5)).requests {
            guard case .shardIterator(let id, _) = request else { continue }
            machine.gotIterator(shardId: id, iterator: "it-\(id)", at: .milliseconds(10))
        }
    }

    @Test func everyShardIsReadAndAnIdleShardAtMostEveryPollInterval() {
        var machine = Self.machine()
        #expect(machine.next(at: .zero).requests == [.listShards])
        machine.listed([Self.shard("s0"), Self.shard("s1")], at: .milliseconds(5))
        #expect(
            machine.next(at: .milliseconds(5)).requests == [
                .shardIterator(shardId: "s0", position: .atTimestamp(Self.since)),
                .shardIterator(shardId: "s1", position: .atTimestamp(Self.since)),
            ])
        machine.gotIterator(shardId: "s0", iterator: "i0", at: .milliseconds(8))
        machine.gotIterator(shardId: "s1", iterator: "i1", at: .milliseconds(9))
        // The iterator calls count against the shard: reads wait for the 200 ms spacing.
        #expect(machine.next(at: .milliseconds(10)).requests == [])
        #expect(machine.next(at: .milliseconds(10)).wakeAt == .milliseconds(205))
        #expect(
            machine.next(at: .milliseconds(205)).requests == [
                .records(shardId: "s0", iterator: "i0"),
                .records(shardId: "s1", iterator: "i1"),
            ])
        _ = machine.gotRecords(shardId: "s0", Self.records(0, next: "i0b"), at: .milliseconds(215))
        _ = machine.gotRecords(shardId: "s1", Self.records(3, last: "9", next: "i1b", behind: 5000), at: .milliseconds(215))
        // s1 is behind: again as soon as the spacing allows; s0 had nothing: after the poll interval.
        let step = machine.next(at: .milliseconds(300))
        #expect(step.requests == [])
        #expect(step.wakeAt == .milliseconds(405))
        #expect(machine.next(at: .milliseconds(405)).requests == [.records(shardId: "s1", iterator: "i1b")])
        #expect(machine.next(at: .milliseconds(455)).requests == [.records(shardId: "s0", iterator: "i0b")])
    }

    @Test func callsOnOneShardNeverComeCloserThan200ms() {
        var machine = Self.machine()
        Self.started([Self.shard("s0")], machine: &machine)
        var starts: [Duration] = []
        var now = Duration.milliseconds(10)
        while now < .seconds(5) {
            for request in machine.next(at: now).requests {
                guard case .records(let id, _) = request else { continue }
                starts.append(now)
                // Always more behind: the reader wants to go as fast as allowed.
                _ = machine.gotRecords(
                    shardId: id, Self.records(10, last: "\(starts.count)", behind: 60_000), at: now + .milliseconds(3))
            }
            now += .milliseconds(1)
        }
        let gaps = zip(starts, starts.dropFirst()).map { $1 - $0 }
        #expect(gaps.allSatisfy { $0 >= .milliseconds(200) })
        #expect(starts.count >= 23 && starts.count <= 25, "\(starts.count) reads in 5 s")
        print("FIGURE GetRecords on one busy shard over 5 virtual seconds: \(starts.count) calls, smallest gap \(gaps.min()!)")
    }

    @Test func aChildWaitsForItsParentsToBeReadToTheirEnd() {
        var machine = Self.machine()
        #expect(machine.next(at: .zero).requests == [.listShards])
        machine.listed(
            [Self.shard("p", ending: "50"), Self.shard("c1", parents: ["p"]), Self.shard("c2", parents: ["p"])],
            at: .milliseconds(1))
        #expect(machine.next(at: .milliseconds(1)).requests == [.shardIterator(shardId: "p", position: .atTimestamp(Self.since))])
        machine.gotIterator(shardId: "p", iterator: "ip", at: .milliseconds(2))
        #expect(machine.next(at: .milliseconds(300)).requests == [.records(shardId: "p", iterator: "ip")])
        _ = machine.gotRecords(shardId: "p", Self.records(2, last: "50", next: nil, behind: 0), at: .milliseconds(305))
        #expect(
            machine.next(at: .milliseconds(305)).requests == [
                .listShards,
                .shardIterator(shardId: "c1", position: .atTimestamp(Self.since)),
                .shardIterator(shardId: "c2", position: .atTimestamp(Self.since)),
            ])
    }

    @Test func childrenNamedByTheLastReadStartAtTheirBeginning() {
        var machine = Self.machine()
        Self.started([Self.shard("p")], machine: &machine)
        #expect(machine.next(at: .milliseconds(300)).requests == [.records(shardId: "p", iterator: "it-p")])
        var last = Self.records(1, last: "7", next: nil)
        last.children = [(id: "c1", parents: ["p"]), (id: "c2", parents: ["p"])]
        _ = machine.gotRecords(shardId: "p", last, at: .milliseconds(305))
        #expect(machine.next(at: .milliseconds(305)).requests.contains(.shardIterator(shardId: "c1", position: .trimHorizon)))
    }

    @Test func aShardTheListingShowsClosedIsReadUntilNextShardIteratorIsAbsent() {
        // moto keeps writing into closed shards and handing out NextShardIterator: the listing's
        // EndingSequenceNumber is no proof of the end, only an absent NextShardIterator is.
        var machine = Self.machine()
        Self.started([Self.shard("p", ending: "3"), Self.shard("c", parents: ["p"])], machine: &machine)
        #expect(machine.next(at: .milliseconds(300)).requests == [.records(shardId: "p", iterator: "it-p")])
        _ = machine.gotRecords(shardId: "p", Self.records(0, next: "still-there"), at: .milliseconds(302))
        #expect(machine.shards["p"]?.phase == .ready(iterator: "still-there"))
        #expect(machine.next(at: .milliseconds(600)).requests == [.records(shardId: "p", iterator: "still-there")])
        _ = machine.gotRecords(shardId: "p", Self.records(2, last: "5", next: nil), at: .milliseconds(602))
        #expect(
            machine.next(at: .milliseconds(602)).requests.contains(
                .shardIterator(shardId: "c", position: .atTimestamp(Self.since))))
    }

    @Test func anExpiredIteratorIsReplacedAfterTheLastSequenceNumberSeen() {
        var machine = Self.machine()
        Self.started([Self.shard("s")], machine: &machine)
        _ = machine.next(at: .milliseconds(300))
        _ = machine.gotRecords(shardId: "s", Self.records(2, last: "42", next: "i2"), at: .milliseconds(310))
        let read = machine.next(at: .milliseconds(600)).requests
        #expect(read == [.records(shardId: "s", iterator: "i2")])
        let renewed = machine.failed(read[0], error: Self.error("ExpiredIteratorException"), at: .milliseconds(610))
        #expect(renewed == .iteratorRenewed(shardId: "s"))
        #expect(
            machine.next(at: .milliseconds(800)).requests == [.shardIterator(shardId: "s", position: .afterSequenceNumber("42"))])
        // Before any record: the configured start again.
        var fresh = Self.machine()
        Self.started([Self.shard("s")], machine: &fresh)
        let first = fresh.next(at: .milliseconds(300)).requests[0]
        _ = fresh.failed(first, error: Self.error("ExpiredIteratorException"), at: .milliseconds(301))
        #expect(fresh.next(at: .milliseconds(600)).requests == [.shardIterator(shardId: "s", position: .atTimestamp(Self.since))])
    }

    @Test(arguments: ["ProvisionedThroughputExceededException", "LimitExceededException"])
    func aThrottledShardWaitsAtLeastHalfASecondWhileTheOthersGoOn(code: String) {
        var machine = Self.machine()
        Self.started([Self.shard("a"), Self.shard("b")], machine: &machine)
        let reads = machine.next(at: .milliseconds(300)).requests
        #expect(reads.count == 2)
        guard case .retrying(1, let delay, true) = machine.failed(reads[0], error: Self.error(code), at: .milliseconds(305))
        else {
            Issue.record("not throttled")
            return
        }
        // AWS: calls in the second after a throttle are throttled too; half of it at least.
        #expect(delay >= .milliseconds(500) && delay <= .seconds(1), "\(delay)")
        _ = machine.gotRecords(shardId: "b", Self.records(0, next: "ib"), at: .milliseconds(306))
        var now = Duration.milliseconds(306)
        var readsOfB: [Duration] = []
        while now < .milliseconds(305) + delay {
            let step = machine.next(at: now)
            for request in step.requests {
                #expect(request == .records(shardId: "b", iterator: "ib"), "\(request) at \(now)")
                readsOfB.append(now)
                _ = machine.gotRecords(shardId: "b", Self.records(0, next: "ib"), at: now + .milliseconds(2))
            }
            now = step.requests.isEmpty ? step.wakeAt ?? .seconds(60) : now + .milliseconds(2)
        }
        #expect(readsOfB.first == .milliseconds(550), "b is read on its own schedule: \(readsOfB)")
        #expect(readsOfB.count >= 1 && readsOfB.allSatisfy { $0 < .milliseconds(305) + delay })
        let after = machine.next(at: .milliseconds(305) + delay).requests
        #expect(after.contains(.records(shardId: "a", iterator: "it-a")))
        // Throttled again in a row: counted, never fatal.
        #expect(machine.failed(after[0], error: Self.error(code), at: .seconds(30)) != .fatal)
    }

    @Test func transientErrorsRetryThatCallAndFatalOnesStopEverything() {
        var machine = Self.machine()
        Self.started([Self.shard("a")], machine: &machine)
        let read = machine.next(at: .milliseconds(300)).requests[0]
        guard
            case .retrying(1, let delay, false) = machine.failed(
                read, error: Self.error("InternalFailureException", status: 500),
                at: .milliseconds(301))
        else {
            Issue.record("a 500 is retried")
            return
        }
        #expect(machine.next(at: .milliseconds(301) + max(delay, .milliseconds(200))).requests == [read])
        let result2 = machine.failed(read, error: Self.error("AccessDeniedException"), at: .seconds(2))
        #expect(result2 == .fatal)
        #expect(machine.failure != nil)
        #expect(machine.next(at: .seconds(60)).requests.isEmpty)
    }

    @Test func aStreamThatDoesNotExistIsFatalButAGoneShardIsJustDone() {
        var machine = Self.machine()
        let result3 = machine.failed(.listShards, error: Self.error("ResourceNotFoundException"), at: .zero)
        #expect(result3 == .fatal)
        var other = Self.machine()
        Self.started([Self.shard("a"), Self.shard("b")], machine: &other)
        let reads = other.next(at: .milliseconds(300)).requests
        let result4 =
            other.failed(reads[0], error: Self.error("ResourceNotFoundException"), at: .milliseconds(301))
            == .shardGone(shardId: "a")
        #expect(result4)
        #expect(other.failure == nil)
        #expect(other.shards["a"]?.phase == .finished)
    }

    @Test func aRoundEndsWhenEveryShardWasReadToItsTipAfterThePreviousRound() {
        var machine = Self.machine()
        Self.started([Self.shard("a"), Self.shard("b")], machine: &machine)
        _ = machine.next(at: .milliseconds(300))
        let result5 = machine.gotRecords(shardId: "a", Self.records(0, next: "a2"), at: .milliseconds(301))
        #expect(!result5)
        let result6 = machine.gotRecords(
            shardId: "b", Self.records(5, last: "5", next: "b2", behind: 900), at: .milliseconds(302))
        #expect(!result6)
        _ = machine.next(at: .milliseconds(600))
        let result7 = machine.gotRecords(shardId: "a", Self.records(0, next: "a3"), at: .milliseconds(601))
        #expect(!result7)
        let result8 = machine.gotRecords(shardId: "b", Self.records(1, last: "6", next: "b3"), at: .milliseconds(602))
        #expect(result8)
        #expect(machine.completedRounds == 1)
        // The next round needs reads that started after this one ended.
        _ = machine.next(at: .milliseconds(900))
        let result9 = machine.gotRecords(shardId: "a", Self.records(0, next: "a4"), at: .milliseconds(901))
        #expect(!result9)
        let result10 = machine.gotRecords(shardId: "b", Self.records(0, next: "b4"), at: .milliseconds(902))
        #expect(result10)
        #expect(machine.completedRounds == 2)
    }

    /// A shard counts as read to its tip once a read found it there (MillisBehindLatest 0).
    @Test func theTipsSayWhichShardsWereReadToTheirTip() {
        var machine = Self.machine()
        Self.started([Self.shard("a"), Self.shard("b")], machine: &machine)
        #expect(machine.tips == ShardTips(atTip: [], shards: ["a", "b"]))
        _ = machine.next(at: .milliseconds(300))
        _ = machine.gotRecords(shardId: "a", Self.records(0, next: "a2"), at: .milliseconds(301))
        _ = machine.gotRecords(shardId: "b", Self.records(5, last: "5", next: "b2", behind: 900), at: .milliseconds(302))
        #expect(machine.tips == ShardTips(atTip: ["a"], shards: ["a", "b"]))
        _ = machine.next(at: .milliseconds(600))
        _ = machine.gotRecords(shardId: "b", Self.records(1, last: "6", next: "b3"), at: .milliseconds(602))
        #expect(machine.tips == ShardTips(atTip: ["a", "b"], shards: ["a", "b"]))
    }

    @Test func noMoreThanMaxInFlightCallsAtOnce() {
        var machine = Self.machine(maxInFlight: 3)
        #expect(machine.next(at: .zero).requests == [.listShards])
        machine.listed((0..<10).map { Self.shard("s\($0)") }, at: .milliseconds(1))
        #expect(machine.next(at: .milliseconds(1)).requests.count == 3)
        #expect(machine.next(at: .milliseconds(2)).requests.isEmpty)
        #expect(machine.inFlightCount == 3)
    }
}
