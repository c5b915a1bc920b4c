import ContactLensModel

/// The transcript: the visible window of turn blocks, or a hint while there is nothing to show;
/// under it, while following, the turns still being spoken (partial utterances from the segment
/// stream, dim and ending in `…`, until their final transcript replaces them), then what the call
/// holds that is not a turn (segments of unknown kinds) and why the follow stopped, if it failed.
enum TranscriptView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        // The notes keep at least one row for the turns.
        let notes = footnotes(state, width: rect.width).suffix(max(0, rect.height - 1))
        for (i, note) in notes.enumerated() {
            screen.put(note, x: rect.x, y: rect.maxY - notes.count + i, clip: rect)
        }
        drawTurns(state, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - notes.count), on: &screen)
    }

    /// `· 2 segments of kind ExtractedInformation` (dim), and a failure in full (it is also in the header, cut short).
    static func footnotes(_ state: AppState, width: Int) -> [StyledLine] {
        var lines = state.follow ? provisionalLines(state, width: width) : []
        let unknown = state.store.unknownKindCounts
        if !unknown.isEmpty {
            let total = unknown.reduce(0) { $0 + $1.count }
            let kinds = unknown.map { TerminalText.sanitize($0.kind) }.joined(separator: ", ")
            let text = "· \(total) segment\(total == 1 ? "" : "s") of kind\(unknown.count == 1 ? "" : "s") \(kinds)"
            lines.append(StyledLine(Wrapper.truncate(text, width: width), .dim))
        }
        if case .failed(let message) = state.status {
            let text = "✗ lenstail stopped: \(TerminalText.sanitize(message)) · \(KeyBindings.label(.quit)) leaves"
            lines += Wrapper.wrap(text, style: .failure, width: max(1, width))
        }
        return lines
    }

    /// Each provisional turn laid out as a final one would be, its role in colour, the rest dim.
    static func provisionalLines(_ state: AppState, width: Int) -> [StyledLine] {
        let offsetWidth = TurnLayout.offsetWidth(callMillis: state.callMillis)
        var lines: [StyledLine] = []
        for provisional in state.store.provisionalTurns {
            var turn = provisional.turn
            guard state.filter.admits(turn) else { continue }
            turn.content += " …"
            let layout = TurnLayout(turn: turn, width: width, offsetWidth: offsetWidth, query: nil, tags: [])
            for line in layout.lines {
                var dimmed = StyledLine()
                for run in line.runs {
                    let keeps = [Style.agent, .customer, .participant].contains(run.style)
                    dimmed.append(run.text, keeps ? run.style : .dim)
                }
                lines.append(dimmed)
            }
        }
        return lines
    }

    private static func drawTurns(_ state: AppState, in rect: Rect, on screen: inout Screen) {
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
