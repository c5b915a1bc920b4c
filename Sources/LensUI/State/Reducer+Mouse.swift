import ContactLensModel

/// The call view's mouse: the same moves its keys make, found through the mouse's table and
/// aimed by the layout the frame was drawn with.
extension Reducer {
    static func mouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        // A search being typed keeps its line: the mouse waits.
        guard !state.search.isEditing else { return [] }
        let lines = MouseBindings.wheelLines
        // The help over the view: the wheel scrolls it, a click closes it (as any other key does).
        if state.showHelp {
            switch mouse.kind {
            case .wheelUp: scrollHelp(by: -lines, &state)
            case .wheelDown: scrollHelp(by: lines, &state)
            case .click, .doubleClick: state.showHelp = false
            }
            return [.redraw]
        }
        let category = ScreenLayout(size: state.size, state: state).category(atX: mouse.x, y: mouse.y, state)
        guard let action = MouseBindings.action(mouse.kind, on: category.map { _ in .category }, screen: .call) else { return [] }
        state.notice = nil
        switch action {
        case .scrollUp: scroll(by: -lines, &state)
        case .scrollDown: scroll(by: lines, &state)
        case .jumpToCategory: if let category { jumpToMatch(of: category.name, &state) }
        case .selectRow, .openRow, .sortByColumn: return []
        }
        return [.redraw]
    }

    /// The next turn `name` matched after the focused one (or the top), else its first again.
    static func jumpToMatch(of name: String, _ state: inout AppState) {
        let w = window(state)
        let matched: (Turn) -> Bool = { turn in w.tags(for: turn).contains { $0.name == name } }
        let from = state.focusId.flatMap(w.index(of:)) ?? w.effectiveTop().flatMap { w.index(of: $0.turnId) }
        let shown = TerminalText.sanitize(name)
        var target = from.flatMap { w.next(after: $0, where: matched) }
        if target == nil {
            target = w.next(after: -1, where: matched)
            if target != nil, from != nil { state.notice = "\(shown): back to its first match" }
        }
        guard let target else {
            state.notice = "no turn shown matched \(shown)"
            return
        }
        state.focusId = w.turns[target].id
        place(ScrollAnchor(turnId: w.turns[target].id, line: 0), &state)
    }
}
