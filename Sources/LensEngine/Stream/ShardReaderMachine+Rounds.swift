import ContactLensModel

extension ShardReaderMachine {
    /// A round is complete when every readable shard has been read up to its tip by a call that
    /// started after the previous round ended. Records of one contact may sit on several shards,
    /// so the follower waits for a round that began after COMPLETED arrived before it finishes:
    /// nothing put before COMPLETED can then be left unread on another shard.
    mutating func completeRoundIfDone(at now: Duration) -> Bool {
        let readable = order.compactMap { shards[$0] }.filter(isReadable)
        guard !readable.isEmpty,
            readable.allSatisfy({ shard in shard.caughtUpAt.map { $0 >= roundStart } ?? false })
        else { return false }
        completedRounds += 1
        roundStart = now
        return true
    }

    /// The readable shards, and those read to their tip at least once.
    var tips: ShardTips {
        let readable = order.compactMap { shards[$0] }.filter(isReadable)
        return ShardTips(atTip: readable.filter { $0.caughtUpAt != nil }.map(\.id), shards: readable.map(\.id))
    }
}
