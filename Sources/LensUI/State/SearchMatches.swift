import ContactLensModel

/// The turns that match the search under the participant filter: found once per query and kept
/// while turns arrive, so `n` and `N` look up where they go and the `match 2/3` count instead of
/// testing every turn of the call again (a second at 1M turns).
package struct SearchMatches: Hashable, Sendable {
    let query: String
    let filter: ParticipantFilter
    /// The store revision the list is for.
    private(set) var revision: Int
    /// How many turns (from the first) were tested, and the last of them: turns appended since
    /// are tested at the next look-up.
    private(set) var scanned = 0
    private(set) var lastScannedId: String?
    /// Positions in `store.turns` of the matching turns, ascending.
    private(set) var indices: [Int] = []

    /// Every matching turn of `store`.
    init(query: String, filter: ParticipantFilter, in store: TranscriptStore) {
        self.query = query
        self.filter = filter
        revision = store.revision
        catchUp(with: store)
    }

    /// True when this is the list for `query` and `filter` in `store`, but for turns appended
    /// since (`catchUp` tests them).
    func isCurrent(query: String, filter: ParticipantFilter, in store: TranscriptStore) -> Bool {
        guard query == self.query, filter == self.filter, revision == store.revision, scanned <= store.turns.count else {
            return false
        }
        return scanned == 0 || store.turns[scanned - 1].id == lastScannedId
    }

    /// Tests the turns appended since the last look-up.
    mutating func catchUp(with store: TranscriptStore) {
        let turns = store.turns
        guard scanned < turns.count else { return }
        let needle = Search.Needle(query)
        for i in scanned..<turns.count where filter.admits(turns[i]) {
            let content = turns[i].content
            if needle?.isFound(in: content) ?? Search.contains(query, in: TerminalText.sanitize(content)) { indices.append(i) }
        }
        scanned = turns.count
        lastScannedId = turns.last?.id
    }

    /// The store took a page, from `before` (its revision, turn count and last turn then). The
    /// list stays good when the page only appended turns after the last one; otherwise the
    /// next look-up makes it again.
    mutating func storeChanged(
        from before: (revision: Int, count: Int, lastId: String?), by change: StoreChange, in store: TranscriptStore
    ) -> Bool {
        guard revision == before.revision else { return false }
        // Each new turn adds one; a revised turn none (and may have moved).
        let changed = Set(change.turns.map(\.id)).count
        let appended =
            store.turns.count == before.count + changed && (before.count == 0 || store.turns[before.count - 1].id == before.lastId)
        guard appended else { return false }
        revision = store.revision
        return true
    }

    /// The rank in `indices` of the first match at `index` or after it (`indices.count` when none).
    func rank(atOrAfter index: Int) -> Int {
        var low = 0
        var high = indices.count
        while low < high {
            let mid = (low + high) / 2
            if indices[mid] < index { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension SearchState {
    /// Keeps the matches through a page that only appended turns; drops them otherwise.
    mutating func storeChanged(
        from before: (revision: Int, count: Int, lastId: String?), by change: StoreChange, in store: TranscriptStore
    ) {
        if matches?.storeChanged(from: before, by: change, in: store) == false { matches = nil }
    }
}
