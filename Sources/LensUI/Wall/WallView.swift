import ContactLensModel
import FoundationEssentials

/// The wall's parts: header, column titles, rows (live, then recently ended), status line.
enum WallView {
    static func header(_ state: WallState, in rect: Rect, on screen: inout Screen) {
        screen.put(WallHeader.line(state, width: rect.width), x: rect.x, y: rect.y, clip: rect)
    }

    /// The segment stream's state in a few words (the status line has a failure's whole text).
    static func streamText(_ status: FollowStatus) -> String {
        switch status {
        case .connecting, .waitingForAnalysis: return "Kinesis stream: connecting"
        case .retrying(let reason, _, _, let throttled):
            return "Kinesis stream \(throttled ? "throttled" : "retrying"): \(TerminalText.sanitize(reason))"
        case .failed: return "Kinesis stream stopped"
        case .live, .restarted, .warning, .completed, .ended: return "every call live from the Kinesis stream"
        }
    }

    static func streamStyle(_ status: FollowStatus) -> Style {
        switch status {
        case .retrying: return .warning
        case .failed: return .failure
        default: return .status
        }
    }

    static func titles(_ c: WallColumns, in rect: Rect, on screen: inout Screen) {
        let titles = c.titles
        var line = StyledLine()
        for (n, title) in titles.enumerated() {
            line.append(n == titles.count - 1 ? title.name : pad(title.name, title.width), .dim)
        }
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }

    static func rows(_ state: WallState, _ c: WallColumns, in rect: Rect, on screen: inout Screen, cells: inout WallRowCells) {
        guard rect.height > 0 else { return }
        if state.visible.isEmpty && state.ended.isEmpty {
            let text =
                state.filter != nil
                ? "no call matches the filter"
                : state.streamStatus != nil
                    ? "no call on the stream yet" : "no live call on the floor yet; discovery looks every 10 s"
            screen.put(text, x: rect.x + 2, y: rect.y, style: .dim, clip: rect)
            return
        }
        cells.begin()
        defer { cells.end() }
        for (y, line) in state.screenLines(height: rect.height).enumerated() {
            let at = rect.row(y)
            switch line {
            case .endedTitle:
                screen.put("── recently ended (\(state.ended.count)) ", x: at.x, y: at.y, style: .border, clip: at)
            case .row(let id, let ended):
                guard let row = state.rows[id] else { continue }
                let look = WallRowCells.Look(row, selected: id == state.selected, ended: ended, width: at.width)
                let rowCells = cells.cells(id, look) {
                    var line = Screen(size: Size(width: at.width, height: 1))
                    line.put(
                        rowLine(row, selected: look.selected, ended: ended, c), x: 0, y: 0,
                        clip: Rect(x: 0, y: 0, width: at.width, height: 1))
                    return line.cells
                }
                if at.x == 0, rowCells.count == screen.size.width {
                    screen.setRow(at.y, to: rowCells)
                } else {
                    screen.put(rowLine(row, selected: look.selected, ended: ended, c), x: at.x, y: at.y, clip: at)
                }
                clock(row, ended: ended, state, c, in: at, on: &screen)
            }
        }
    }

    /// A row without its clocks (time on the call, data age), which change every second.
    static func rowLine(_ row: WallRow, selected: Bool, ended: Bool, _ c: WallColumns) -> StyledLine {
        let alert = !row.alerts.isEmpty
        func style(_ s: Style) -> Style { ended ? .dim : s }
        var line = StyledLine()
        line.append(pad((selected ? "▶" : " ") + (alert ? "!" : " "), WallColumns.mark), style(alert ? .alert : .key))
        line.append(pad(row.agentText, WallColumns.agent), style(alert ? .alert : .agent))
        line.append(pad(row.queueText, WallColumns.queue), style(.text))
        line.append(String(repeating: " ", count: WallColumns.time), style(.text))
        line.append(pad(String(row.shown.turns), WallColumns.turns), style(.text))
        if c.showTrend {
            for sentiment in row.sentiments {
                let (mark, s): (Character, Style) =
                    sentiment == .negative ? ("▁", .negative) : sentiment == .positive ? ("▇", .positive) : ("▄", .neutral)
                line.append(String(mark), style(s))
            }
            line.append(String(repeating: " ", count: WallColumns.trend - row.sentiments.count), .text)
        }
        if alert {
            let marks = Wrapper.truncate(row.alerts.joined(separator: ","), width: c.alerts - 1)
            line.append(marks, style(.alert))
            line.append(String(repeating: " ", count: c.alerts - TextWidth.of(marks)), .text)
        } else {
            line.append(String(repeating: " ", count: c.alerts), .text)
        }
        if c.categories > 0 { line.append(pad(row.categories, c.categories), style(.category)) }
        line.append(String(repeating: " ", count: WallColumns.age), style(.dim))
        // Listening in, and a chat (its customer's words were typed, not spoken), say so where
        // the customer's words are.
        var width = c.latest
        if row.shown.listening {
            let listening = Wrapper.truncate(ListenIn.listeningText + " · ", width: width)
            line.append(listening, .positive)
            width -= TextWidth.of(listening)
        }
        if let from = row.shown.transferredFrom {
            let transferred = Wrapper.truncate(from + " · ", width: width)
            line.append(transferred, style(.warning))
            width -= TextWidth.of(transferred)
        }
        let chat = row.shown.chat ? "chat · " : ""
        if !chat.isEmpty { line.append(chat, .dim) }
        line.append(Wrapper.truncate(row.latestCustomer, width: max(0, width - chat.count)), style(.customer))
        return line
    }

    /// The row's clocks, drawn over its cells at each frame.
    static func clock(_ row: WallRow, ended: Bool, _ state: WallState, _ c: WallColumns, in rect: Rect, on screen: inout Screen) {
        let now = state.now
        let seconds = (row.endedAt ?? now).timeIntervalSince(row.connectedAt) * state.options.clockRate
        screen.put(
            Wrapper.truncate(Format.duration(seconds), width: WallColumns.time - 1), x: rect.x + WallColumns.timeX, y: rect.y,
            style: ended ? .dim : .text, clip: rect)
        guard !ended else { return }
        // On the stream a quiet call is as fresh as the last read of every shard.
        let fresh = [row.call.lastSuccess, state.streamFresh].compactMap { $0 }.max()
        let age = fresh.map { Format.duration(now.timeIntervalSince($0)) } ?? "—"
        screen.put(
            Wrapper.truncate(age, width: WallColumns.age - 1), x: rect.x + c.ageX, y: rect.y, style: .dim, clip: rect)
    }

    static func status(_ state: WallState, in rect: Rect, on screen: inout Screen) {
        var line = StyledLine()
        if state.editingFilter {
            line = RowFilter.prompt(state.filterDraft, key: KeyBindings.label(.filterRows))
        } else if case .failed(let message) = state.streamStatus {
            line.append("stream: \(TerminalText.sanitize(message))", .failure)
        } else if let problem = state.discoveryProblem {
            line.append("discovery: \(problem)", .failure)
        } else if let notice = state.notice {
            line.append(notice, .warning)
        } else if let alerts = alertText(state) {
            line.append(alerts, .alert)
        }
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }

    /// The calls with alerts and the queues over `--alert-wait`; nil when none.
    static func alertText(_ state: WallState) -> String? {
        let (calls, queues) = (state.alertedCount, state.queues.alertedCount)
        var parts: [String] = []
        if calls > 0 { parts.append("\(calls) call\(calls == 1 ? "" : "s") with alerts") }
        if queues > 0 { parts.append("\(queues) queue\(queues == 1 ? "" : "s") waiting too long") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// `text` cut or padded to `width` columns, with a space before the next column.
    static func pad(_ text: String, _ width: Int) -> String {
        let cut = Wrapper.truncate(text, width: width - 1)
        return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
    }
}
