/// The transcript: the visible window of turn blocks, or a hint while there is nothing to show.
enum TranscriptView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let window = TranscriptLayout(state: state, width: rect.width, height: rect.height)
        let visible = window.visibleLines()
        if visible.isEmpty {
            let hint =
                state.store.turns.isEmpty
                ? (state.isOver ? "The call has no transcript." : "Waiting for the first turn…")
                : "No \(state.filter.rawValue) turns yet · \(KeyBindings.label(.filterAll)) shows everyone"
            screen.put(hint, x: rect.x + 1, y: rect.y, style: .dim, clip: rect)
            return
        }
        for (row, item) in visible.enumerated() {
            var line = item.line
            // Mark the first line of the turn a jump landed on: its time in reverse video, readable without colour.
            if item.lineInBlock == 0, state.focusId == state.store.turns[item.index].id {
                var marked = StyledLine()
                for (i, run) in item.line.runs.enumerated() { marked.append(run.text, i == 0 ? .searchMatch : run.style) }
                line = marked
            }
            screen.put(line, x: rect.x, y: rect.y + row, clip: rect)
        }
    }
}
