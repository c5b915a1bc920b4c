/// The wall's mouse: a gesture is found in the layout the frame was drawn with (`WallLayout`)
/// and does what the wall's keys do.
extension WallReducer {
    static func mouse(_ mouse: MouseEvent, _ state: inout WallState) -> [WallEffect] {
        // A filter being typed keeps its line: the mouse waits.
        guard !state.editingFilter else { return [] }
        if state.showHelp {
            if let step = HelpOverlay.rowsScroll(mouse.kind) {
                state.helpScroll = WallHelp.scrolled(state.helpScroll, by: step, height: state.size.height, legend: true)
            } else {
                state.showHelp = false
            }
            return [.redraw]
        }
        let hit = WallLayout(state).hit(x: mouse.x, y: mouse.y, state)
        guard let action = MouseBindings.action(mouse.kind, on: hit?.target, screen: .rows) else { return [] }
        state.notice = nil
        switch action {
        case .scrollUp: move(by: -1, &state)
        case .scrollDown: move(by: 1, &state)
        case .selectRow, .openRow:
            guard case .row(let id) = hit, let index = state.screenOrder.firstIndex(of: id) else { return [] }
            state.select(index)
            state.selectionPinned = true
            if action == .openRow { return [.redraw, .open(contactId: id)] }
        case .sortByColumn:
            guard case .title(let title) = hit else { return [] }
            if let sort = title.sort {
                order(by: sort, &state)
            } else {
                state.notice = "the wall orders by agent, queue, time or alerts; \(KeyBindings.label(.cycleSort)) cycles"
            }
        case .jumpToCategory: return []
        }
        return [.redraw]
    }
}
