import ContactLensModel
import FoundationEssentials

/// The replay's progress line: play state, position, a bar across the call, length and speed.
enum ReplayBarView {
    static func draw(_ replay: ReplayClock, now: Date, in rect: Rect, on screen: inout Screen) {
        let position = replay.position(at: now)
        let (symbol, state): (String, String) =
            replay.isAtEnd(at: now) ? ("■", "end") : replay.isPaused ? ("‖", "paused") : ("▶", replay.speedLabel)
        var left = StyledLine(symbol + " ", replay.isPaused ? .warning : .key)
        left.append(CallTime.format(millis: position), .status)
        left.append(" ", .text)
        var right = StyledLine(" " + CallTime.format(millis: replay.lengthMillis), .status)
        right.append(" · ", .dim)
        right.append(state, replay.isPaused ? .warning : .status)
        if replay.isPaused, !replay.isAtEnd(at: now) { right.append(" · \(replay.speedLabel)", .dim) }

        let barWidth = rect.width - left.width - right.width
        var line = left
        if barWidth >= 4 {
            // In floating point: a call's length is whatever a recording says, up to Int.max.
            let share = replay.lengthMillis > 0 ? Double(min(position, replay.lengthMillis)) / Double(replay.lengthMillis) : 1
            let filled = Swift.min(barWidth, Int(saturating: Double(barWidth) * share))
            line.append(String(repeating: "━", count: filled), .title)
            line.append(String(repeating: "─", count: barWidth - filled), .dim)
        }
        line.append(right)
        screen.put(line, x: rect.x, y: rect.y, clip: rect)
    }
}
