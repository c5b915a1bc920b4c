import ContactLensModel
import FoundationEssentials
import LensBasics

/// The wall's header, laid out by priority: what a supervisor needs first (how many calls are
/// live, how fresh each row is, the order, the filter being typed) stays at 80 columns; the
/// scope, the request rate and the title give way first.
enum WallHeader {
    struct Part {
        var text: String
        var style: Style
        /// Higher stays longer.
        var priority: Int
        /// Shorter texts to try, in turn, before the part is dropped.
        var shorter: [String] = []
    }

    static func parts(_ state: WallState) -> [Part] {
        var parts = [
            Part(text: "lenstail wall", style: .title, priority: 2, shorter: ["wall"]),
            Part(text: TerminalText.sanitize(state.scope), style: .text, priority: 1),
            Part(text: "\(state.visible.count) live", style: .status, priority: 9),
        ]
        if let pace = state.pace {
            let seconds =
                pace.refreshSeconds < 10 ? String(cFormat: "%.1f", pace.refreshSeconds) : "\(Int(pace.refreshSeconds.rounded()))"
            let rate = String(cFormat: "%.2g", pace.rate)
            let throttled = pace.throttled ? ["throttled"] : []
            let every = "every \(seconds) s"
            parts.append(
                Part(
                    text: "each call refreshed \(every) (" + (["\(rate) req/s"] + throttled).joined(separator: ", ") + ")",
                    style: pace.throttled ? .warning : .status, priority: 7,
                    shorter: [
                        (["each call refreshed \(every)"] + throttled).joined(separator: ", "),
                        (["refresh \(every)"] + throttled).joined(separator: ", "),
                    ]))
        }
        if let stream = state.streamStatus {
            parts.append(Part(text: WallView.streamText(stream), style: WallView.streamStyle(stream), priority: 5))
        }
        parts.append(Part(text: "order: \(state.sort.rawValue)", style: .dim, priority: 8))
        if let filter = state.filter {
            parts.append(Part(text: "filter \"\(TerminalText.sanitize(filter))\"", style: .warning, priority: 9))
        }
        return parts
    }

    /// The parts that fit `width`, in their order: the lowest priority is shortened, then dropped, first.
    static func line(_ state: WallState, width: Int) -> StyledLine {
        var parts = parts(state)
        func total() -> Int { parts.map { TextWidth.of($0.text) }.reduce(0, +) + 3 * max(0, parts.count - 1) }
        while total() > width, parts.count > 1, let i = parts.indices.min(by: { parts[$0].priority < parts[$1].priority }) {
            if parts[i].shorter.isEmpty { parts.remove(at: i) } else { parts[i].text = parts[i].shorter.removeFirst() }
        }
        var line = StyledLine()
        for (n, part) in parts.enumerated() {
            if n > 0 { line.append(" · ", .dim) }
            line.append(part.text, part.style)
        }
        return line
    }
}
