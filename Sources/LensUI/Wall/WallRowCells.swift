import ContactLensModel
import FoundationEssentials

/// The cells of the wall's rows as last drawn, without their clocks: a frame copies a row whose
/// look has not changed since and draws its two clocks over it (the render layer's cache; the
/// state holds no cells). Each second moves every clock and nothing else, so a second's frame
/// copies every row instead of laying it out again. It keeps the rows on screen only, so its
/// size follows the terminal, not the floor.
struct WallRowCells {
    /// Everything a row's cells are drawn from, clocks excepted.
    struct Look: Equatable {
        /// The row's fields and alert marks (`WallRow.revision` grows when they change).
        var revision: Int
        var selected: Bool
        var ended: Bool
        var width: Int

        init(_ row: WallRow, selected: Bool, ended: Bool, width: Int) {
            revision = row.revision
            self.selected = selected
            self.ended = ended
            self.width = width
        }
    }

    private var rows: [String: (look: Look, cells: [Cell], frame: Int)] = [:]
    private var frame = 0
    private var drawn = 0

    /// Starts a frame.
    mutating func begin() {
        frame += 1
        drawn = 0
    }

    /// The row's cells: the kept ones when its look is the same, else `draw()`'s, kept.
    mutating func cells(_ id: String, _ look: Look, draw: () -> [Cell]) -> [Cell] {
        drawn += 1
        if let index = rows.index(forKey: id), rows.values[index].look == look {
            rows.values[index].frame = frame
            return rows.values[index].cells
        }
        let cells = draw()
        rows[id] = (look, cells, frame)
        return cells
    }

    /// Ends a frame: the rows no longer on screen are forgotten.
    mutating func end() {
        if rows.count > drawn { rows = rows.filter { $0.value.frame == frame } }
    }
}
