import AWSClient
import ContactLensModel

extension ShardReaderMachine {
    /// A call failed. Throttling pauses every call; an expired iterator is replaced after the last
    /// sequence number seen; a shard that no longer exists is done; other transient errors retry
    /// that call alone after a backoff; anything else stops the reader.
    mutating func failed(_ request: Request, error: ClientError, at now: Duration) -> Notice {
        let code: String? = if case .service(let service) = error { service.code } else { nil }
        if error.isThrottling {
            throttleFailures += 1
            let delay = configuration.retry.delay(attempt: throttleFailures, retryAfter: error.retryAfter, jitter: jitter())
            // Never back off to nothing: another call at once would be throttled again.
            let wait = max(delay, configuration.minimumSpacing)
            throttledUntil = now + wait
            restore(request, notBefore: throttledUntil)
            return .retrying(attempt: throttleFailures, delay: wait, throttled: true)
        }
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
