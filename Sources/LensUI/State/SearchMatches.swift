import ContactLensModel

/// The turns that match the search under the participant filter: found once per query and kept
/// while turns arrive, so `n` and `N` look up where they go and the `match 2/3` count instead of
/// testing every turn of the call again (a second at 1M turns).
package struct SearchMatches: Hashable, Sendable {
    let query: String
    let filter: ParticipantFilter
    let needle: Search.Needle?
    /// The store revision the list is for.
    private(set) var revision: Int
    /// How many turns (from the first) were tested, and the last of them: turns appended since
    /// are tested at the next look-up.
    private(set) var scanned = 0
    private(set) var lastScannedId: String?
    /// Positions in `store.turns` of the matching turns, ascending.
    private(set) var indices: [Int] = []

    /// The matching turns of `store`, up to `limit` turns tested (`catchUp` tests the rest).
    init(query: String, filter: ParticipantFilter, in store: TranscriptStore, limit: Int = .max) {
        self.query = query
        self.filter = filter
        needle = Search.Needle(query)
        revision = store.revision
        catchUp(with: store, limit: limit)
    }

    /// True when every turn of `store` was tested.
    func isComplete(in store: TranscriptStore) -> Bool { scanned == store.turns.count }

    /// Whether `turn` passes the filter and contains the query (in its sanitised content).
    func matches(_ turn: Turn) -> Bool { matches(content: turn.content, role: turn.participantRole) }

    /// The same from the two fields it reads, so a scan does not copy whole turns.
    private func matches(content: String, role: String) -> Bool {
        if let only = filter.role, role.uppercased() != only { return false }
        return needle?.isFound(in: content) ?? Search.contains(query, in: TerminalText.sanitize(content))
    }

    /// True when this is the list for `query` and `filter` in `store`, but for turns appended
    /// since (`catchUp` tests them).
    func isCurrent(query: String, filter: ParticipantFilter, in store: TranscriptStore) -> Bool {
        guard query == self.query, filter == self.filter, revision == store.revision, scanned <= store.turns.count else {
            return false
        }
        return scanned == 0 || store.turns[scanned - 1].id == lastScannedId
    }

    /// Tests up to `limit` of the turns not tested yet.
    mutating func catchUp(with store: TranscriptStore, limit: Int = .max) {
        let turns = store.turns
        guard scanned < turns.count else { return }
        let end = scanned + min(limit, turns.count - scanned)
        guard end > scanned else { return }
        for i in scanned..<end where matches(content: turns[i].content, role: turns[i].participantRole) { indices.append(i) }
        scanned = end
        lastScannedId = turns[end - 1].id
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
            store.turns.count == before.count + changed
            && (before.count == 0 || store.turns[before.count - 1].id == before.lastId)
        guard appended else { return false }
        revision = store.revision
        return true
    }

    /// The rank in `indices` of the first match at `index` or after it (`indices.count` when none).
    func rank(atOrAfter index: Int) -> Int {
        indices.lowerBound(of: index)
    }
}

extension SearchState {
    /// The `countStep` of a terminal's run loop: about 7 ms of testing turns. A call this long is
    /// counted before its jump is drawn; a longer one on ticks, this many turns at a time.
    package static let loopCountStep = 50_000

    /// Keeps the matches through a page that only appended turns; drops them otherwise.
    mutating func storeChanged(
        from before: (revision: Int, count: Int, lastId: String?), by change: StoreChange, in store: TranscriptStore
    ) {
        if matches?.storeChanged(from: before, by: change, in: store) == false { matches = nil }
    }
}

/// A jump made before its matches were counted: the notice it left, and what to put there once
/// they are.
struct PendingMatch: Hashable, Sendable {
    var targetId: String
    var notice: String
    /// " (wrapped to the top)", or nothing.
    var wrapped: String
}
