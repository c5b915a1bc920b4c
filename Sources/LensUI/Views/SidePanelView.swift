import ContactLensModel

/// Matched categories (count, first time, alerts marked) and a sentiment sparkline per participant.
enum SidePanelView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        var y = rect.y
        func row(_ line: StyledLine) {
            guard y < rect.maxY else { return }
            screen.put(line, x: rect.x, y: y, clip: rect)
            y += 1
        }
        row(StyledLine("Categories", .title))
        if state.store.categories.isEmpty { row(StyledLine(" none yet", .dim)) }
        // One line each from `categoriesTop`, as `categoryIndex` finds them.
        for match in state.store.categories {
            let alert = state.alerts.matches(match.name)
            // Without points of interest the service said nothing of when or how often.
            let stats =
                state.store.isChat
                ? " ×\(match.transcriptItemIds.count)"
                : match.firstOffsetMillis.map { " ×\(match.pointsOfInterest.count) " + CallTime.format(millis: $0) } ?? ""
            let nameWidth = max(1, rect.width - 2 - TextWidth.of(stats))
            let name = Wrapper.truncate(TerminalText.sanitize(match.name), width: nameWidth)
            var line = StyledLine(alert ? "!" : " ", alert ? .alert : .text)
            line.append(" " + name, alert ? .alert : .category)
            line.append(String(repeating: " ", count: max(0, nameWidth - TextWidth.of(name))), .text)
            line.append(stats, .dim)
            row(line)
        }
        row(StyledLine("Sentiment trend", .title))
        if state.roleOrder.isEmpty { row(StyledLine(" no turns yet", .dim)) }
        let labelWidth = 9
        for role in state.roleOrder {
            var line = StyledLine(
                " " + Wrapper.truncate(TerminalText.sanitize(role), width: labelWidth - 1), TurnLayout.roleStyle(role))
            line.append(String(repeating: " ", count: max(1, labelWidth + 1 - line.width)), .text)
            for (bar, style) in sparkline(state, role: role, count: max(0, rect.width - line.width)) {
                line.append(bar, style)
            }
            row(line)
        }
        for line in PostContactPanel.lines(state, width: rect.width) { row(line) }
    }

    /// Lines above the first category's: the title.
    static let categoriesTop = 1

    /// Which category's line row `y` of the panel's `rect` is, as `draw` lays them out.
    static func categoryIndex(atRow y: Int, in rect: Rect, _ state: AppState) -> Int? {
        let index = y - rect.y - categoriesTop
        guard y < rect.maxY, index >= 0, index < state.store.categories.count else { return nil }
        return index
    }

    /// The last `count` turns of `role`: ▇ positive, ▄ neutral, ▁ negative, · unknown.
    static func sparkline(_ state: AppState, role: String, count: Int) -> [(String, Style)] {
        var bars: [(String, Style)] = []
        var i = state.store.turns.count - 1
        while i >= 0, bars.count < count {
            let turn = state.store.turns[i]
            if turn.hasRole(role), !turn.isChatNotice {
                switch turn.sentiment {
                case .some(.positive): bars.append(("▇", .positive))
                case .some(.negative): bars.append(("▁", .negative))
                case .some(.neutral): bars.append(("▄", .neutral))
                default: bars.append(("·", .dim))
                }
            }
            i -= 1
        }
        return bars.reversed()
    }
}
