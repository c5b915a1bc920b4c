import ContactLensModel
import Foundation

/// The wall's parts: header, column titles, rows (live, then recently ended), status line.
enum WallView {
    static func header(_ state: WallState, in rect: Rect, on screen: inout Screen) {
        var line = StyledLine("lenstail wall", .title)
        line.append(" · \(TerminalText.sanitize(state.scope))", .text)
        line.append(" · \(state.visible.count) live", .status)
        if let pace = state.pace {
            let every =
                pace.refreshSeconds < 10 ? String(format: "%.1f", pace.refreshSeconds) : "\(Int(pace.refreshSeconds.rounded()))"
            line.append(" · each call refreshed every \(every) s", pace.throttled ? .warning : .status)
            let rate = String(format: "%.2g", pace.rate)
            line.append(" (\(rate) req/s\(pace.throttled ? ", throttled" : ""))", pace.throttled ? .warning : .dim)
        }
        line.append(" · order: \(state.sort.rawValue)", .dim)
        if let filter = state.filter { line.append(" · filter \"\(filter)\"", .warning) }
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }

    static func titles(_ c: WallColumns, in rect: Rect, on screen: inout Screen) {
        var line = StyledLine()
        line.append(pad("", WallColumns.mark) + pad("AGENT", WallColumns.agent) + pad("QUEUE", WallColumns.queue), .dim)
        line.append(pad("TIME", WallColumns.time) + pad("TURNS", WallColumns.turns), .dim)
        if c.showTrend { line.append(pad("TREND", WallColumns.trend), .dim) }
        line.append(pad("ALERTS", WallColumns.alerts), .dim)
        if c.categories > 0 { line.append(pad("CATEGORIES", c.categories), .dim) }
        line.append(pad("AGE", WallColumns.age) + "CUSTOMER SAID", .dim)
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }

    static func rows(_ state: WallState, _ c: WallColumns, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        if state.visible.isEmpty && state.ended.isEmpty {
            let text =
                state.filter != nil ? "no call matches the filter" : "no live call on the floor yet; discovery looks every 10 s"
            screen.put(text, x: rect.x + 2, y: rect.y, style: .dim, clip: rect)
            return
        }
        // Lines: live rows, a title line, ended rows; scrolled so the selected row shows.
        let endedTitle = state.ended.isEmpty ? 0 : 1
        let total = state.visible.count + endedTitle + state.ended.count
        let selectedLine: Int = {
            guard let id = state.selected else { return 0 }
            if let i = state.visible.firstIndex(of: id) { return i }
            if let i = state.ended.firstIndex(of: id) { return state.visible.count + endedTitle + i }
            return 0
        }()
        let top = max(0, min(selectedLine - rect.height + 1, total - rect.height))
        for y in 0..<min(rect.height, total - top) {
            let lineIndex = top + y
            let at = rect.row(y)
            if lineIndex < state.visible.count {
                let id = state.visible[lineIndex]
                row(state.rows[id]!, selected: id == state.selected, ended: false, state.now, c, in: at, on: &screen)
            } else if lineIndex == state.visible.count {
                screen.put("── recently ended (\(state.ended.count)) ", x: at.x, y: at.y, style: .border, clip: at)
            } else {
                let id = state.ended[lineIndex - state.visible.count - endedTitle]
                row(state.rows[id]!, selected: id == state.selected, ended: true, state.now, c, in: at, on: &screen)
            }
        }
    }

    static func row(
        _ row: WallRow, selected: Bool, ended: Bool, _ now: Date, _ c: WallColumns, in rect: Rect, on screen: inout Screen
    ) {
        let alert = !row.alerts.isEmpty
        func style(_ s: Style) -> Style { ended ? .dim : s }
        var line = StyledLine()
        line.append(pad((selected ? "▶" : " ") + (alert ? "!" : " "), WallColumns.mark), style(alert ? .alert : .key))
        line.append(pad(TerminalText.sanitize(row.info.agent), WallColumns.agent), style(alert ? .alert : .agent))
        line.append(pad(TerminalText.sanitize(row.info.queue), WallColumns.queue), style(.text))
        let seconds = (row.endedAt ?? now).timeIntervalSince(row.info.connectedAt ?? row.firstSeen)
        line.append(pad(Format.duration(seconds), WallColumns.time), style(.text))
        line.append(pad(String(row.call.store.turns.count), WallColumns.turns), style(.text))
        if c.showTrend {
            for sentiment in row.sentiments {
                let (mark, s): (Character, Style) =
                    sentiment == .negative ? ("▁", .negative) : sentiment == .positive ? ("▇", .positive) : ("▄", .neutral)
                line.append(String(mark), style(s))
            }
            line.append(String(repeating: " ", count: WallColumns.trend - row.sentiments.count), .text)
        }
        line.append(pad(row.alerts.joined(separator: ","), WallColumns.alerts), style(.alert))
        if c.categories > 0 { line.append(pad(row.categories, c.categories), style(.category)) }
        let age = row.call.lastSuccess.map { Format.duration(now.timeIntervalSince($0)) } ?? "—"
        line.append(pad(ended ? "" : age, WallColumns.age), style(.dim))
        line.append(Wrapper.truncate(row.latestCustomer, width: c.latest), style(.customer))
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }

    static func status(_ state: WallState, in rect: Rect, on screen: inout Screen) {
        var line = StyledLine()
        if state.editingFilter {
            line.append("/", .key)
            line.append(TerminalText.sanitize(state.filterDraft), .text)
            line.append("▏", .key)
            line.append("  \(KeyBindings.label(.keepSearch)) filter · \(KeyBindings.label(.cancelSearch)) cancel", .dim)
        } else if let problem = state.discoveryProblem {
            line.append("discovery: \(problem)", .failure)
        } else if let notice = state.notice {
            line.append(notice, .warning)
        } else if let alerts = alertCount(state), alerts > 0 {
            line.append("\(alerts) call\(alerts == 1 ? "" : "s") with alerts", .alert)
        }
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }

    static func alertCount(_ state: WallState) -> Int? { state.alertedCount }

    /// `text` cut or padded to `width` columns, with a space before the next column.
    static func pad(_ text: String, _ width: Int) -> String {
        let cut = Wrapper.truncate(text, width: width - 1)
        return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
    }
}
