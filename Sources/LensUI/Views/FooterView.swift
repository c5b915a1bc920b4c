import ContactLensModel

/// The status line (search prompt, new turns while paused, notices) and the key hints.
enum FooterView {
    static func drawStatus(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        var line = StyledLine()
        if state.search.isEditing {
            line.append(KeyBindings.label(.search), .key)
            line.append(TerminalText.sanitize(state.search.draft), .text)
            line.append("▏", .key)
            line.append("  \(KeyBindings.label(.keepSearch)) search · \(KeyBindings.label(.cancelSearch)) cancel", .dim)
        } else {
            var parts: [StyledLine] = []
            if let notice = state.notice { parts.append(StyledLine(notice, .warning)) }
            if state.summaryArrivedHidden {
                parts.append(StyledLine("summary hidden · \(KeyBindings.label(.toggleSummary)) shows it", .warning))
            }
            if !state.follow {
                let n = state.newBelow
                let follow = "\(KeyBindings.label(.bottom)) to follow"
                parts.append(
                    StyledLine(n > 0 ? "▼ \(n) new turn\(n == 1 ? "" : "s") below · \(follow)" : "paused · \(follow)", .warning))
            }
            if let query = state.search.query {
                let keys = "\(KeyBindings.label(.nextMatch))/\(KeyBindings.label(.previousMatch))"
                parts.append(
                    StyledLine("search \"\(query)\" · \(keys) next/previous · \(KeyBindings.label(.clearSearch)) clear", .dim))
            }
            for (i, part) in parts.enumerated() {
                if i > 0 { line.append("  ", .text) }
                line.append(part)
            }
        }
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }

    static func drawHints(replaying: Bool, in rect: Rect, on screen: inout Screen) {
        var x = rect.x
        for hint in KeyBindings.footerHints(replaying: replaying) {
            let width = TextWidth.of(hint.keys) + 1 + TextWidth.of(hint.text)
            if x + width > rect.maxX { break }
            x = screen.put(hint.keys, x: x, y: rect.y, style: .key, clip: rect)
            x = screen.put(" " + hint.text + "  ", x: x, y: rect.y, style: .dim, clip: rect)
        }
    }
}
