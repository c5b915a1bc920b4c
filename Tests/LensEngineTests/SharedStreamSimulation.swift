import AWSClient
import ContactLensModel
import Foundation

@testable import LensEngine

/// Several readers' `ShardReaderMachine`s on one virtual clock, reading one idle stream whose
/// shards each admit 5 GetRecords in any second, whoever calls (a sliding window, as the bench's
/// proxy in front of moto enforces it); a call over the limit is answered
/// `ProvisionedThroughputExceededException`. Every call takes `roundTrip`.
struct SharedStreamSimulation {
    /// What one reader saw.
    struct Figures {
        var calls = 0
        var throttled = 0
        /// Start of every GetRecords that was answered, per shard.
        var reads: [String: [Duration]] = [:]
    }

    var shardIds = ["shardId-000000000000", "shardId-000000000001"]
    var perSecond = 5
    var roundTrip = Duration.milliseconds(20)
    var configuration = ShardReaderConfiguration(start: .latest)

    private struct Pending {
        var due: Duration
        var request: ShardReaderMachine.Request
        var throttled: Bool
    }

    /// Runs readers that start at `starts[i]` and stop at `stops[i]` (or at `end`), until `end`.
    func run(starts: [Duration], stops: [Duration?] = [], until end: Duration) -> [Figures] {
        let count = starts.count
        var machines = (0..<count).map { ShardReaderMachine(configuration: configuration, seed: UInt64(1000 + $0)) }
        var wakes: [Duration?] = starts
        var pending: [[Pending]] = Array(repeating: [], count: count)
        var figures = Array(repeating: Figures(), count: count)
        var admitted: [String: [Duration]] = [:]
        let error = ClientError.service(
            ServiceError(code: "ProvisionedThroughputExceededException", message: "Rate exceeded for shard", httpStatus: 400))
        let shards = shardIds.map {
            KinesisShard(
                shardId: $0, parentShardId: nil, adjacentParentShardId: nil,
                sequenceNumberRange: SequenceNumberRange(startingSequenceNumber: "1", endingSequenceNumber: nil))
        }
        func stopped(_ reader: Int, at now: Duration) -> Bool {
            now < starts[reader] || (reader < stops.count && stops[reader].map { now >= $0 } == true)
        }
        while true {
            let dues = (0..<count).compactMap { reader in
                (pending[reader].map(\.due) + [wakes[reader]].compactMap { $0 }).min()
            }
            guard let now = dues.min(), now < end else { break }
            for reader in 0..<count where !stopped(reader, at: now) {
                let due = pending[reader].filter { $0.due <= now }
                guard !due.isEmpty || wakes[reader].map({ $0 <= now }) == true else { continue }
                pending[reader].removeAll { $0.due <= now }
                for call in due {
                    switch call.request {
                    case .listShards:
                        machines[reader].listed(shards, at: now)
                    case .shardIterator(let id, _):
                        machines[reader].gotIterator(shardId: id, iterator: "\(id)-it", at: now)
                    case .records(let id, let iterator):
                        if call.throttled {
                            _ = machines[reader].failed(call.request, error: error, at: now)
                        } else {
                            let idle = ShardReaderMachine.RecordsSummary(
                                count: 0, lastSequence: nil, nextIterator: iterator, millisBehindLatest: 0)
                            _ = machines[reader].gotRecords(shardId: id, idle, at: now)
                        }
                    }
                }
                let step = machines[reader].next(at: now)
                wakes[reader] = step.wakeAt
                for request in step.requests {
                    var throttled = false
                    if case .records(let id, _) = request {
                        figures[reader].calls += 1
                        let recent = admitted[id, default: []].drop(while: { $0 <= now - .seconds(1) })
                        throttled = recent.count >= perSecond
                        if throttled {
                            figures[reader].throttled += 1
                        } else {
                            admitted[id] = Array(recent) + [now]
                            figures[reader].reads[id, default: []].append(now)
                        }
                    }
                    pending[reader].append(Pending(due: now + roundTrip, request: request, throttled: throttled))
                }
            }
            // A stopped reader's calls and timers go with it.
            for reader in 0..<count where stopped(reader, at: now) && now >= starts[reader] {
                pending[reader] = []
                wakes[reader] = nil
            }
        }
        return figures
    }
}

extension SharedStreamSimulation.Figures {
    var throttledShare: Double { calls == 0 ? 0 : Double(throttled) / Double(calls) }

    /// How long a record put at each 10 ms from `from` to `to` waits for this reader's next read
    /// of its shard to start, plus one round trip: the reader's latency, sorted.
    func latencies(from: Duration, to: Duration, roundTrip: Duration) -> [Duration] {
        var waits: [Duration] = []
        for starts in reads.values {
            var next = starts.startIndex
            var put = from
            while put < to {
                while next < starts.endIndex, starts[next] < put { next += 1 }
                guard next < starts.endIndex else { break }
                waits.append(starts[next] - put + roundTrip)
                put += .milliseconds(10)
            }
        }
        return waits.sorted()
    }
}

extension Array where Element == Duration {
    /// The value below which `fraction` of a sorted array falls.
    func percentile(_ fraction: Double) -> Duration {
        self[Swift.min(count - 1, Int(Double(count) * fraction))]
    }
}
