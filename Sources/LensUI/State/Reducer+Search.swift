import ContactLensModel

extension Reducer {
    /// Moves to the next or previous turn matching the search, wrapping around the ends as a
    /// pager does, and says where it is: `match 2/3 for "refund"`. A new search while following
    /// starts from the newest turn and looks up, so a match above the window is found. The
    /// matches are found once per query and filter (`SearchMatches`), then looked up.
    static func jumpToMatch(forward: Bool, newSearch: Bool = false, _ state: inout AppState) {
        guard let query = state.search.query else { return }
        var found = state.search.matches
        if found?.isCurrent(query: query, filter: state.filter, in: state.store) == true {
            found!.catchUp(with: state.store)
        } else {
            found = SearchMatches(query: query, filter: state.filter, in: state.store)
        }
        guard let matches = found else { return }
        state.search.matches = matches
        let w = window(state)
        let indices = matches.indices
        guard let first = indices.first, let last = indices.last else {
            state.notice = "no match for \"\(query)\""
            return
        }
        let searchUp = newSearch ? state.follow : !forward
        let from: Int
        if let focus = state.focusId.flatMap(w.index(of:)) {
            from = focus
        } else if newSearch && state.follow {
            from = w.turns.count
        } else {
            from = w.effectiveTop().flatMap { w.index(of: $0.turnId) } ?? 0
        }
        // The rank of the match to land on: up, the last before `from` (or at it, for a new
        // search); down, the first after it (or at it).
        let rank =
            searchUp
            ? matches.rank(atOrAfter: newSearch ? from + 1 : from) - 1
            : matches.rank(atOrAfter: newSearch ? from : from + 1)
        let wrapped = !indices.indices.contains(rank)
        let position = wrapped ? (searchUp ? indices.count - 1 : 0) : rank
        let target = wrapped ? (searchUp ? last : first) : indices[rank]
        state.focusId = w.turns[target].id
        place(ScrollAnchor(turnId: w.turns[target].id, line: 0), &state)
        state.notice =
            "match \(position + 1)/\(indices.count) for \"\(query)\""
            + (wrapped ? (searchUp ? " (wrapped to the bottom)" : " (wrapped to the top)") : "")
    }
}
