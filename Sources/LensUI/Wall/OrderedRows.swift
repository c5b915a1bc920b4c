/// Row ids kept in the order of their keys as rows change: a row whose key changed is taken out
/// where its old key put it and put back where its new key goes, both found by binary search, so
/// a batch that changes k of n rows costs k·log n comparisons (and k moves of a short array)
/// instead of sorting all n rows again. A row whose key did not change is not touched.
/// Keys must be a total order (ties broken by the id inside the key), so each key has one place.
struct OrderedRows<Key: Comparable & Sendable>: Sendable {
    /// The ids, in the order of their keys.
    private(set) var ids: [String] = []
    /// `ids`' keys, in the same order (compared without a lookup).
    private var ordered: [Key] = []
    /// Each id's key, to find where a row was before its key changed.
    private(set) var keys: [String: Key] = [:]

    var count: Int { ids.count }

    /// Puts `id` where `key` goes; nil takes it out.
    mutating func set(_ id: String, _ key: Key?) {
        let old = keys[id]
        if old == key { return }
        if let old, let at = position(of: old), ids[at] == id {
            ids.remove(at: at)
            ordered.remove(at: at)
        } else if old != nil, let at = ids.firstIndex(of: id) {
            // Not where its key says: only if a key broke the total order (two ids alike).
            ids.remove(at: at)
            ordered.remove(at: at)
        }
        keys[id] = key
        guard let key else { return }
        let at = ordered.lowerBound(of: key)
        ids.insert(id, at: at)
        ordered.insert(key, at: at)
    }

    /// Replaces everything with `entries`, sorted once (the order itself changed).
    mutating func rebuild(_ entries: [(id: String, key: Key)]) {
        let sorted = entries.sorted { $0.key < $1.key }
        ids = sorted.map(\.id)
        ordered = sorted.map(\.key)
        keys = Dictionary(sorted.map { ($0.id, $0.key) }, uniquingKeysWith: { a, _ in a })
    }

    /// Where `id` is in `ids`, by binary search on its key.
    func index(of id: String) -> Int? {
        guard let key = keys[id], let at = position(of: key), ids[at] == id else { return nil }
        return at
    }

    /// The last id and its key (the end of the order).
    var last: (id: String, key: Key)? { ids.last.map { ($0, ordered[ordered.count - 1]) } }

    /// Where `key` is, if it is there.
    private func position(of key: Key) -> Int? {
        let at = ordered.lowerBound(of: key)
        return at < ordered.count && ordered[at] == key ? at : nil
    }
}
