import AWSClient
import ContactLensModel

extension ShardReaderMachine {
    /// What one GetRecords answered, as far as scheduling cares.
    struct RecordsSummary: Hashable, Sendable {
        var count: Int
        var lastSequence: String?
        var nextIterator: String?
        var millisBehindLatest: Int?
        var children: [(id: String, parents: [String])]

        init(
            count: Int, lastSequence: String?, nextIterator: String?, millisBehindLatest: Int?,
            children: [(id: String, parents: [String])] = []
        ) {
            self.count = count
            self.lastSequence = lastSequence
            self.nextIterator = nextIterator
            self.millisBehindLatest = millisBehindLatest
            self.children = children
        }

        static func == (a: Self, b: Self) -> Bool {
            (a.count, a.lastSequence, a.nextIterator, a.millisBehindLatest) == (
                b.count, b.lastSequence, b.nextIterator, b.millisBehindLatest
            )
                && a.children.map(\.id) == b.children.map(\.id) && a.children.map(\.parents) == b.children.map(\.parents)
        }
        func hash(into hasher: inout Hasher) {
            hasher.combine(lastSequence)
            hasher.combine(count)
        }
    }

    /// The whole listing arrived: new shards join (those of the first listing at the configured
    /// start, later ones at their beginning); a shard shown closed learns its last sequence number.
    mutating func listed(_ listed: [KinesisShard], at now: Duration) {
        let start = listing.done ? ShardPosition.trimHorizon : configuration.start
        for shard in listed {
            if var known = shards[shard.shardId] {
                known.endingSequence = shard.sequenceNumberRange.endingSequenceNumber
                if known.parents.isEmpty { known.parents = shard.parents }
                shards[shard.shardId] = known
            } else {
                add(
                    ShardState(
                        id: shard.shardId, parents: shard.parents, start: start, pollInterval: configuration.pollInterval),
                    ending: shard.sequenceNumberRange.endingSequenceNumber)
            }
        }
        listing = ListingState(nextAt: now + configuration.relistInterval, inFlight: false, done: true, failures: 0)
    }

    /// A shard iterator arrived; without one the shard has nothing left to read.
    mutating func gotIterator(shardId: String, iterator: String?, at now: Duration) {
        guard var shard = shards[shardId] else { return }
        shard.failures = 0
        if let iterator {
            shard.phase = .ready(iterator: iterator)
            shard.notBefore = earliest(after: shard.lastCall, wanted: now)
        } else {
            shard.phase = .finished
        }
        shards[shardId] = shard
    }

    /// GetRecords answered. Returns true when this completed a round (every readable shard read
    /// to its tip by a call that started after the previous round ended).
    mutating func gotRecords(shardId: String, _ answer: RecordsSummary, at now: Duration) -> Bool {
        guard var shard = shards[shardId], case .inFlight(let started) = shard.phase else { return false }
        shard.failures = 0
        shard.share.succeeded(startedAt: started, rules: configuration.share, pollInterval: configuration.pollInterval)
        if let last = answer.lastSequence { shard.lastSequence = last }
        let atTip = (answer.millisBehindLatest ?? 0) == 0
        if atTip { shard.caughtUpAt = started }
        for child in answer.children where shards[child.id] == nil {
            add(
                ShardState(id: child.id, parents: child.parents, start: .trimHorizon, pollInterval: configuration.pollInterval),
                ending: nil)
        }
        if answer.nextIterator == nil {
            shard.phase = .finished
            listing.nextAt = min(listing.nextAt, now)  // its children may not be known yet
        } else if let next = answer.nextIterator {
            shard.phase = .ready(iterator: next)
            // Behind: again at once (as often as the limit allows); idle: at this reader's share.
            let pause =
                answer.count > 0 && !atTip
                ? Duration.zero : shard.share.interval(rules: configuration.share, pollInterval: configuration.pollInterval)
            shard.notBefore = earliest(after: started, wanted: started + pause)
        }
        shards[shardId] = shard
        return completeRoundIfDone(at: now)
    }

    private mutating func add(_ shard: ShardState, ending: String?) {
        var shard = shard
        shard.endingSequence = ending
        shards[shard.id] = shard
        order.append(shard.id)
    }
}
