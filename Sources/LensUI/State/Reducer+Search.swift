import ContactLensModel

extension Reducer {
    /// Moves to the next or previous turn matching the search, wrapping around the ends as a
    /// pager does, and says where it is: `match 2/3 for "refund"`. A new search while following
    /// starts from the newest turn and looks up, so a match above the window is found. The
    /// matches are found once per query and filter (`SearchMatches`), then looked up.
    static func jumpToMatch(forward: Bool, newSearch: Bool = false, _ state: inout AppState) {
        guard let query = state.search.query else { return }
        state.search.pending = nil
        var matches = state.search.matches
        state.search.matches = nil  // one owner of the list while it grows, so it is not copied
        if matches?.isCurrent(query: query, filter: state.filter, in: state.store) != true {
            matches = SearchMatches(query: query, filter: state.filter, in: state.store, limit: 0)
        }
        guard var matches else { return }
        let remaining = state.store.turns.count - matches.scanned
        if remaining <= state.search.countStep ?? .max { matches.catchUp(with: state.store) }
        state.search.matches = matches
        state.search.counting = !matches.isComplete(in: state.store)
        let w = window(state)
        let searchUp = newSearch ? state.follow : !forward
        let from: Int
        if let focus = state.focusId.flatMap(w.index(of:)) {
            from = focus
        } else if newSearch && state.follow {
            from = w.turns.count
        } else {
            from = w.effectiveTop().flatMap { w.index(of: $0.turnId) } ?? 0
        }
        // Up: the last match before `from` (or at it, for a new search); down: the first after it.
        // While the count runs, a match near `from` is looked for turn by turn; none near: count now.
        var found: (index: Int, position: Int?, wrapped: Bool)?
        if state.search.counting, let step = state.search.countStep {
            found = nearestMatch(matches, w.turns, from: from, up: searchUp, including: newSearch, within: step)
            if found == nil {
                matches.catchUp(with: state.store)
                state.search.matches = matches
                state.search.counting = false
            }
        }
        if !state.search.counting { found = countedMatch(matches, from: from, up: searchUp, including: newSearch) }
        guard let found else {
            state.notice = "no match for \"\(query)\""
            return
        }
        state.focusId = w.turns[found.index].id
        place(ScrollAnchor(turnId: w.turns[found.index].id, line: 0), &state)
        let wrapped = found.wrapped ? (searchUp ? " (wrapped to the bottom)" : " (wrapped to the top)") : ""
        guard let position = found.position else {
            let notice = "match …/… for \"\(query)\"" + wrapped
            state.notice = notice
            state.search.pending = PendingMatch(targetId: w.turns[found.index].id, notice: notice, wrapped: wrapped)
            return
        }
        state.notice = "match \(position)/\(matches.indices.count) for \"\(query)\"" + wrapped
    }

    /// The match to land on from the counted list, with its position (from 1).
    private static func countedMatch(
        _ matches: SearchMatches, from: Int, up: Bool, including: Bool
    ) -> (index: Int, position: Int?, wrapped: Bool)? {
        let indices = matches.indices
        guard !indices.isEmpty else { return nil }
        let rank =
            up
            ? matches.rank(atOrAfter: including ? from + 1 : from) - 1
            : matches.rank(atOrAfter: including ? from : from + 1)
        guard indices.indices.contains(rank) else {
            return up ? (indices[indices.count - 1], indices.count, true) : (indices[0], 1, true)
        }
        return (indices[rank], rank + 1, false)
    }

    /// The match to land on while the count runs, testing up to `limit` turns from `from` on.
    private static func nearestMatch(
        _ matches: SearchMatches, _ turns: [Turn], from: Int, up: Bool, including: Bool, within limit: Int
    ) -> (index: Int, position: Int?, wrapped: Bool)? {
        let count = turns.count
        guard count > 0 else { return nil }
        // The indices in the order a search from `from` meets them, wrapping around.
        let start = up ? min(count - 1, including ? from : from - 1) : (including ? from : from + 1)
        for step in 0..<min(count, limit) {
            let raw = up ? start - step : start + step
            let index = ((raw % count) + count) % count
            if matches.matches(turns[index]) {
                return (index, nil, up ? raw < 0 : raw >= count)
            }
        }
        return nil
    }

    /// A tick while a count runs: tests the next turns; once all are, puts the numbers in the
    /// notice the jump left (unless a key has replaced it). True when the notice changed.
    static func countSearchStep(_ state: inout AppState) -> Bool {
        guard state.search.counting, let query = state.search.query else {
            state.search.counting = false
            return false
        }
        var matches = state.search.matches
        if matches?.isCurrent(query: query, filter: state.filter, in: state.store) != true {
            matches = SearchMatches(query: query, filter: state.filter, in: state.store, limit: 0)
        }
        guard var matches else { return false }
        state.search.matches = nil  // one owner of the list while it grows, so it is not copied
        matches.catchUp(with: state.store, limit: state.search.countStep ?? .max)
        state.search.matches = matches
        guard matches.isComplete(in: state.store) else { return false }
        state.search.counting = false
        guard let pending = state.search.pending, state.notice == pending.notice else { return false }
        state.search.pending = nil
        guard let index = state.store.index(ofId: pending.targetId) else { return false }
        let rank = matches.rank(atOrAfter: index)
        guard rank < matches.indices.count, matches.indices[rank] == index else { return false }
        state.notice = "match \(rank + 1)/\(matches.indices.count) for \"\(query)\"" + pending.wrapped
        return true
    }
}
