import AWSClient
import ContactLensModel

extension ShardReaderMachine {
    /// A call failed. A throttled shard takes a smaller share of its limit (the others go on);
    /// an expired iterator is replaced after the last sequence number seen; a shard that no longer
    /// exists is done; other transient errors retry that call alone after a backoff; anything else
    /// stops the reader.
    mutating func failed(_ request: Request, error: ClientError, at now: Duration) -> Notice {
        let code: String? = if case .service(let service) = error { service.code } else { nil }
        if error.isThrottling { return throttled(request, error: error, at: now) }
        switch (request, code) {
        case (.records(let id, _), "ExpiredIteratorException"):
            guard var shard = shards[id] else { return .fatal }
            shard.phase = .needsIterator(shard.lastSequence.map(ShardPosition.afterSequenceNumber) ?? shard.start)
            shard.notBefore = earliest(after: shard.lastCall, wanted: now)
            shards[id] = shard
            return .iteratorRenewed(shardId: id)
        case (.records(let id, _), "ResourceNotFoundException"), (.shardIterator(let id, _), "ResourceNotFoundException"):
            // Trimmed past the retention period, or gone with a resharding: nothing left to read.
            shards[id]?.phase = .finished
            listing.nextAt = min(listing.nextAt, now)
            return .shardGone(shardId: id)
        default:
            break
        }
        let attempt = failures(of: request) + 1
        guard case .retry(let delay) = configuration.retry.decide(after: error, attempt: attempt, jitter: jitter()) else {
            failure = error
            return .fatal
        }
        setFailures(of: request, attempt)
        restore(request, notBefore: now + delay)
        return .retrying(attempt: attempt, delay: delay, throttled: false)
    }

    /// The limit of a shard (5 calls a second, every reader's) or of the stream's listings was hit.
    private mutating func throttled(_ request: Request, error: ClientError, at now: Duration) -> Notice {
        let attempt: Int
        var wait: Duration
        switch request {
        case .listShards:
            listing.failures += 1
            attempt = listing.failures
            wait = configuration.retry.delay(attempt: attempt, retryAfter: error.retryAfter, jitter: jitter())
        case .shardIterator(let id, _), .records(let id, _):
            guard var shard = shards[id] else { return .fatal }
            shard.share.throttled(rules: configuration.share)
            attempt = shard.share.throttles
            wait = ShardShare.pauseAfterThrottle(rules: configuration.share, draw: jitter())
            if let asked = error.retryAfter { wait = max(wait, asked) }
            shards[id] = shard
        }
        // Never back off to nothing: another call at once would be throttled again.
        wait = max(wait, configuration.minimumSpacing)
        restore(request, notBefore: now + wait)
        return .retrying(attempt: attempt, delay: wait, throttled: true)
    }

    /// Puts a failed call back, to be made again from `notBefore`.
    private mutating func restore(_ request: Request, notBefore: Duration) {
        switch request {
        case .listShards:
            listing.inFlight = false
            listing.nextAt = notBefore
        case .shardIterator(let id, let position):
            let due = earliest(after: shards[id]?.lastCall, wanted: notBefore)
            shards[id]?.phase = .needsIterator(position)
            shards[id]?.notBefore = due
        case .records(let id, let iterator):
            let due = earliest(after: shards[id]?.lastCall, wanted: notBefore)
            shards[id]?.phase = .ready(iterator: iterator)
            shards[id]?.notBefore = due
        }
    }

    private func failures(of request: Request) -> Int {
        switch request {
        case .listShards: listing.failures
        case .shardIterator(let id, _), .records(let id, _): shards[id]?.failures ?? 0
        }
    }

    private mutating func setFailures(of request: Request, _ count: Int) {
        switch request {
        case .listShards: listing.failures = count
        case .shardIterator(let id, _), .records(let id, _): shards[id]?.failures = count
        }
    }
}
