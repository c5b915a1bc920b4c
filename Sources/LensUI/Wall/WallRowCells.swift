import ContactLensModel
import Foundation

/// The cells of the wall's rows as last drawn, clocks included: a frame copies a row whose look
/// has not changed since (the render layer's cache; the state holds no cells). It keeps the
/// rows on screen only, so its size follows the terminal, not the floor.
struct WallRowCells {
    /// Everything a row's cells are drawn from.
    struct Look: Equatable {
        var shown: WallRow.Shown
        var alerts: [String]
        var connectedAt: Date
        var endedAt: Date?
        var lastSuccess: Date?
        var selected: Bool
        var ended: Bool
        var width: Int
        /// The clocks': the wall's time (it moves once a second) and the stream's last read.
        var now: Date
        var streamFresh: Date?

        init(_ row: WallRow, selected: Bool, ended: Bool, _ state: WallState, width: Int) {
            shown = row.shown
            alerts = row.alerts
            connectedAt = row.connectedAt
            endedAt = row.endedAt
            lastSuccess = row.call.lastSuccess
            self.selected = selected
            self.ended = ended
            self.width = width
            now = state.now
            streamFresh = state.streamFresh
        }
    }

    private var rows: [String: (look: Look, cells: [Cell])] = [:]

    /// The row's cells: the kept ones when its look is the same, else `draw()`'s.
    func cells(_ id: String, _ look: Look, draw: () -> [Cell]) -> [Cell] {
        if let kept = rows[id], kept.look == look { return kept.cells }
        return draw()
    }

    mutating func keep(_ id: String, _ look: Look, _ cells: [Cell]) { rows[id] = (look, cells) }
}
