import ContactLensModel

/// Scrolling, follow and jumps: all expressed as moves of the top anchor.
extension Reducer {
    static func window(_ state: AppState) -> TranscriptLayout {
        let rect = ScreenLayout(size: state.size, state: state).transcript
        return TranscriptLayout(state: state, width: rect.width, height: max(1, rect.height))
    }

    /// Sets the anchor; reaching the end turns follow back on.
    static func place(_ anchor: ScrollAnchor?, _ state: inout AppState) {
        let w = window(state)
        if let anchor, !w.isAtBottom(anchor) {
            state.follow = false
            state.anchor = anchor
        } else {
            resumeFollow(&state, keepFocus: true)
        }
    }

    static func resumeFollow(_ state: inout AppState, keepFocus: Bool = false) {
        state.follow = true
        state.anchor = nil
        state.newBelow = 0
        if !keepFocus { state.focusId = nil }
    }

    static func scroll(by delta: Int, _ state: inout AppState) {
        let w = window(state)
        guard let top = w.effectiveTop() else { return }
        state.focusId = nil
        place(w.moved(top, by: delta), &state)
    }

    static func goToTop(_ state: inout AppState) {
        let w = window(state)
        state.focusId = nil
        guard let first = w.next(after: -1) else { return }
        place(ScrollAnchor(turnId: w.turns[first].id, line: 0), &state)
    }

    static func setFilter(_ filter: ParticipantFilter, _ state: inout AppState) {
        state.filter = filter
        if !state.follow, let anchor = state.anchor {
            place(window(state).normalized(anchor), &state)
        }
    }

    /// Moves to the next (or previous) turn passing `predicate`, from the focused turn or the top.
    static func jump(
        forward: Bool, what: String, _ state: inout AppState,
        _ predicate: (Turn) -> Bool
    ) {
        let w = window(state)
        let from = state.focusId.flatMap(w.index(of:)) ?? w.effectiveTop().flatMap { w.index(of: $0.turnId) }
        let target: Int?
        if let from {
            target = forward ? w.next(after: from, where: predicate) : w.previous(before: from, where: predicate)
        } else {
            target = nil
        }
        guard let target else {
            state.notice = "no \(forward ? "next" : "previous") \(what)"
            return
        }
        state.focusId = w.turns[target].id
        place(ScrollAnchor(turnId: w.turns[target].id, line: 0), &state)
    }
}
