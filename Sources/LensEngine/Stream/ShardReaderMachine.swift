import AWSClient
import ContactLensModel

/// Which call goes out next on which shard, as a pure state machine: every input takes the time
/// ("elapsed since the reader started") and the machine answers with the calls due now and when
/// to look again. Tested on a virtual clock (ShardReaderMachineTests).
///
/// Every shard is read (the partition key is not documented); a child waits until its parents
/// are read to their end; a shard is finished only when `NextShardIterator` is absent (the API's
/// one signal: a listing's EndingSequenceNumber is not, since moto keeps writing into closed
/// shards); an expired iterator is replaced after the last sequence number seen. An idle shard is
/// asked at this reader's share of its limit (`ShardShare`: slower when throttled, faster with
/// time); a shard that is behind is read again at once, whatever the share.
struct ShardReaderMachine: Sendable {
    enum Request: Hashable, Sendable {
        case listShards
        case shardIterator(shardId: String, position: ShardPosition)
        case records(shardId: String, iterator: String)
    }

    /// The calls to make now, and when something else falls due (nil: only when a call returns).
    struct Step: Hashable, Sendable {
        var requests: [Request]
        var wakeAt: Duration?
    }

    /// What a failed call did to the reader, for its status line.
    enum Notice: Hashable, Sendable {
        case retrying(attempt: Int, delay: Duration, throttled: Bool)
        case iteratorRenewed(shardId: String)
        case shardGone(shardId: String)
        case fatal
    }

    let configuration: ShardReaderConfiguration
    package internal(set) var shards: [String: ShardState] = [:]
    /// Shard ids in the order they became known (listing order), which is also the call order.
    package internal(set) var order: [String] = []
    package internal(set) var failure: ClientError?
    /// Rounds in which every readable shard was read up to its tip (see `ShardReaderMachine+Rounds`).
    package internal(set) var completedRounds = 0
    var listing = ListingState()
    var roundStart: Duration = .zero
    var random: SeededGenerator

    init(configuration: ShardReaderConfiguration, seed: UInt64 = .random(in: 0...UInt64.max)) {
        self.configuration = configuration
        random = SeededGenerator(seed: seed)
    }

    /// The calls due at `now` (each marked in flight), at most `maxInFlight` outstanding.
    mutating func next(at now: Duration) -> Step {
        guard failure == nil else { return Step(requests: [], wakeAt: nil) }
        var requests: [Request] = []
        var wake: Duration?
        func later(_ time: Duration) { wake = min(wake ?? time, time) }
        var budget = configuration.maxInFlight - inFlightCount
        if !listing.inFlight {
            if now < listing.nextAt {
                later(listing.nextAt)
            } else if budget > 0 {
                listing.inFlight = true
                requests.append(.listShards)
                budget -= 1
            }
        }
        for id in order where budget > 0 {
            guard var shard = shards[id], isReadable(shard) else { continue }
            guard now >= shard.notBefore else {
                if shard.phase.isWaiting { later(shard.notBefore) }
                continue
            }
            switch shard.phase {
            case .needsIterator(let position):
                requests.append(.shardIterator(shardId: id, position: position))
            case .ready(let iterator):
                requests.append(.records(shardId: id, iterator: iterator))
            case .inFlight, .finished:
                continue
            }
            shard.phase = .inFlight(since: now)
            shard.lastCall = now
            shards[id] = shard
            budget -= 1
        }
        return Step(requests: requests, wakeAt: wake)
    }

    /// Calls out now.
    var inFlightCount: Int {
        shards.values.count { if case .inFlight = $0.phase { true } else { false } } + (listing.inFlight ? 1 : 0)
    }

    /// Not finished, and every parent the reader knows of is finished.
    func isReadable(_ shard: ShardState) -> Bool {
        guard shard.phase != .finished else { return false }
        return shard.parents.allSatisfy { shards[$0].map { $0.phase == .finished } ?? true }
    }

    /// The earliest a shard may be called again: after its own pause, never closer than the spacing.
    func earliest(after call: Duration?, wanted: Duration) -> Duration {
        guard let call else { return wanted }
        return max(wanted, call + configuration.minimumSpacing)
    }

    /// A jitter draw in [0, 1).
    mutating func jitter() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
}

/// One shard as the reader sees it.
struct ShardState: Hashable, Sendable {
    enum Phase: Hashable, Sendable {
        case needsIterator(ShardPosition)
        case ready(iterator: String)
        case inFlight(since: Duration)
        case finished

        var isWaiting: Bool {
            switch self {
            case .needsIterator, .ready: true
            case .inFlight, .finished: false
            }
        }
    }

    let id: String
    var parents: [String]
    var phase: Phase
    /// Where reading starts when there is no sequence number to continue after.
    var start: ShardPosition
    var lastSequence: String?
    /// Set once a listing shows the shard closed (informational: only an absent NextShardIterator ends it).
    var endingSequence: String?
    var notBefore: Duration = .zero
    var lastCall: Duration?
    var failures = 0
    /// When the last call that found the shard read to its tip started.
    var caughtUpAt: Duration?
    /// How often this reader asks the shard while it is idle.
    var share: ShardShare

    init(id: String, parents: [String], start: ShardPosition, pollInterval: Duration) {
        self.id = id
        self.parents = parents
        self.start = start
        phase = .needsIterator(start)
        share = ShardShare(pollInterval: pollInterval)
    }
}

/// The listing of shards: due at `nextAt`, or in flight.
struct ListingState: Hashable, Sendable {
    var nextAt: Duration = .zero
    var inFlight = false
    var done = false
    var failures = 0
}
