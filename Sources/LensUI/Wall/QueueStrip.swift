import ContactLensModel
import FoundationEssentials

/// The queue strip under the wall's header: one cell per watched queue — its name, callers
/// waiting, the oldest wait, agents available of those online — a queue over `--alert-wait`
/// marked `!`. Pure. Narrower terminals get shorter cells, then as many cells as fit (queues
/// over the wait first) and how many more there are.
enum QueueStrip {
    /// Cell forms, longest first.
    enum Form: CaseIterable {
        case long, medium, short
    }

    static func line(_ queues: WallQueues, width: Int) -> StyledLine {
        guard width > 0 else { return StyledLine() }
        let problem = queues.problem.map { StyledLine(($0.hasPrefix("queue") ? "" : "queue figures: ") + $0, .warning) }
        guard queues.at != nil else { return cut(problem ?? StyledLine(), width) }
        let figures = queues.figures
        let over = figures.map(queues.alerts.isOver)
        let label = StyledLine("queues ", .dim)
        let retrying = queues.problem.map { StyledLine(" · " + $0, .warning) }
        // The longest form every cell fits in; a form stops at the first cell past the width, so a
        // frame costs the cells on screen, not the queues watched.
        forms: for form in Form.allCases {
            var line = form == .long ? label : StyledLine()
            for i in figures.indices {
                if i > 0 { line.append(" │ ", .border) }
                line.append(cell(figures[i], over: over[i], form: form))
                if line.width > width { continue forms }
            }
            if let retrying, line.width + 10 <= width { line.append(cut(retrying, width - line.width)) }
            return line
        }
        // Even short cells do not all fit: those over the wait first, then in order, and a count.
        let order = figures.indices.filter { over[$0] } + figures.indices.filter { !over[$0] }
        guard !order.isEmpty else { return StyledLine() }
        var line = StyledLine()
        var shown = 0
        for (n, i) in order.enumerated() {
            let cell = cell(figures[i], over: over[i], form: .short)
            let more = order.count - n - 1
            let reserve = more > 0 ? TextWidth.of(" +\(more)") : 0
            guard line.width + (shown > 0 ? 3 : 0) + cell.width + reserve <= width else { break }
            if shown > 0 { line.append(" │ ", .border) }
            line.append(cell)
            shown += 1
        }
        if shown == 0 {
            shown = 1
            line = cut(cell(figures[order[0]], over: over[order[0]], form: .short), order.count > 1 ? width - 4 : width)
        }
        if shown < order.count { line.append(" +\(order.count - shown)", .dim) }
        return cut(line, width)
    }

    /// One queue's cell: `Billing 4 waiting, oldest 1m05s, 2/5 agents available`,
    /// `Billing 4 waiting 1m05s 2/5 avail`, or `Billing 4·1m05s·2/5`; `?` for a figure the service
    /// could not compute, `no data` (`–`) for a queue it sent nothing for.
    static func cell(_ q: QueueFigures, over: Bool, form: Form) -> StyledLine {
        func n(_ value: Int?) -> String { value.map(String.init) ?? "?" }
        let oldest = q.oldestWait.map(WallAlert.seconds) ?? "?"
        let someone = q.waiting != 0
        let agents = "\(n(q.agentsAvailable))/\(n(q.agentsOnline))"
        let name: String
        var figures: String
        switch form {
        case .long:
            name = q.name
            let parts = ["\(n(q.waiting)) waiting"] + (someone ? ["oldest \(oldest)"] : []) + ["\(agents) agents available"]
            figures = parts.joined(separator: ", ")
        case .medium:
            name = Wrapper.truncate(q.name, width: 14)
            figures = "\(n(q.waiting)) waiting" + (someone ? " \(oldest)" : "") + " \(agents) avail"
        case .short:
            name = Wrapper.truncate(q.name, width: 10)
            figures = n(q.waiting) + (someone ? "·\(oldest)" : "") + "·\(agents)"
        }
        if !q.hasData { figures = form == .short ? "–" : "no data" }
        var line = StyledLine((over ? "!" : "") + name + " ", over ? .alert : .title)
        line.append(figures, over ? .alert : q.hasData ? .text : .dim)
        return line
    }

    /// `line` cut to `width` columns, ending in "…" when something was cut.
    static func cut(_ line: StyledLine, _ width: Int) -> StyledLine {
        guard line.width > width else { return line }
        var out = StyledLine()
        guard width > 0 else { return out }
        for run in line.runs {
            let left = width - 1 - out.width  // one column kept for "…"
            guard TextWidth.of(run.text) > left else {
                out.append(run.text, run.style)
                continue
            }
            var used = 0
            var kept = ""
            for ch in run.text {
                let w = TextWidth.of(ch)
                if used + w > left { break }
                kept.append(ch)
                used += w
            }
            out.append(kept + "…", run.style)
            break
        }
        return out
    }
}
