import ContactLensModel

extension Reducer {
    /// Moves to the next or previous turn matching the search, wrapping around the ends as a
    /// pager does, and says where it is: `match 2/3 for "refund"`. A new search while following
    /// starts from the newest turn and looks up, so a match above the window is found.
    static func jumpToMatch(forward: Bool, newSearch: Bool = false, _ state: inout AppState) {
        guard let query = state.search.query else { return }
        let w = window(state)
        let matches = (0..<w.turns.count).filter {
            w.admits($0) && Search.contains(query, in: TerminalText.sanitize(w.turns[$0].content))
        }
        guard let first = matches.first, let last = matches.last else {
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
        var target: Int?
        if newSearch {
            target = searchUp ? matches.last { $0 <= from } : matches.first { $0 >= from }
        } else {
            target = searchUp ? matches.last { $0 < from } : matches.first { $0 > from }
        }
        let wrapped = target == nil
        if wrapped { target = searchUp ? last : first }
        guard let target else { return }
        let position = (matches.firstIndex(of: target) ?? 0) + 1
        state.focusId = w.turns[target].id
        place(ScrollAnchor(turnId: w.turns[target].id, line: 0), &state)
        state.notice =
            "match \(position)/\(matches.count) for \"\(query)\""
            + (wrapped ? (searchUp ? " (wrapped to the bottom)" : " (wrapped to the top)") : "")
    }
}
