import DequeModule

/// Keys in the order they were last touched, the least recent first, in O(1) a touch and
/// amortised O(1) a removal of the oldest: a touch appends the key with a new stamp, and an entry
/// whose stamp is no longer the key's is stale and skipped (or dropped when stale entries
/// outnumber live ones). The stream wall's held contacts are evicted through it at any floor size.
struct RecencyQueue<Key: Hashable> {
    private var stamps: [Key: Int] = [:]
    private var entries: Deque<(key: Key, stamp: Int)> = []
    private var clock = 0

    /// Keys in the queue.
    var count: Int { stamps.count }

    func contains(_ key: Key) -> Bool { stamps[key] != nil }

    /// The key is the most recent now (added if it was not in the queue).
    mutating func touch(_ key: Key) {
        clock += 1
        stamps[key] = clock
        entries.append((key, clock))
        compactIfStale()
    }

    /// The key leaves the queue (its entries go stale).
    mutating func remove(_ key: Key) {
        stamps[key] = nil
        compactIfStale()
    }

    /// Takes the least recently touched key out of the queue.
    mutating func popOldest() -> Key? {
        while let entry = entries.popFirst() {
            if stamps[entry.key] == entry.stamp {
                stamps[entry.key] = nil
                return entry.key
            }
        }
        return nil
    }

    /// Keeps the entries within twice the keys (plus a little), so that memory follows the keys
    /// and not the touches; each entry is dropped once, so this is O(1) a touch amortised.
    private mutating func compactIfStale() {
        guard entries.count > 2 * stamps.count + 64 else { return }
        entries = Deque(entries.filter { stamps[$0.key] == $0.stamp })
    }
}
