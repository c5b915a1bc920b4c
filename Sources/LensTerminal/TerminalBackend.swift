import FoundationEssentials
import LensUI

/// What the run loop needs of a terminal (ratatui's `Backend`): its size, drawing a frame,
/// waiting for a key or a resize, the bell, and handing the terminal back for a while.
/// `CursesTerminal` is the real one; `MemoryTerminal` lets tests drive the loop in-process.
package protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Shows `screen`, writing only the cells that differ from the last frame.
    func draw(_ screen: Screen)
    /// Waits up to `timeout` (nil: until something happens) for a key or a resize; nil when the
    /// time ran out or `wake()` was called. `.signal(SIGHUP)` when the terminal has gone away.
    func nextEvent(timeout: Duration?) -> TerminalInput?
    /// Ends a `nextEvent` wait early; called from other threads.
    func wake()
    /// Rings the terminal's bell once.
    func bell()
    /// Gives the terminal back to the shell (Ctrl-Z) until the process is continued.
    func suspend()
}

/// What a terminal says.
package enum TerminalInput: Hashable, Sendable {
    case key(Key)
    /// A click or the wheel, where the terminal has a mouse and lenstail asked for it.
    case mouse(MouseEvent)
    case resize(Size)
    /// The terminal went away (SIGHUP).
    case signal(Int32)
}

/// The cells that changed between two frames, in drawing order; every cell after a resize.
package enum ScreenDiff {
    package struct Change: Hashable, Sendable {
        package var x: Int
        package var y: Int
        /// Columns the cell takes: 2 for a wide character, whose continuation is not drawn.
        package var width: Int
        package var cell: Cell
    }

    package static func changes(from previous: Screen?, to screen: Screen) -> [Change] {
        let full = previous?.size != screen.size
        var changes: [Change] = []
        for y in 0..<screen.size.height {
            var x = 0
            while x < screen.size.width {
                let cell = screen[x, y]
                let wide = x + 1 < screen.size.width && screen[x + 1, y].isContinuation
                let span = wide ? 2 : 1
                let changed = full || (x..<(x + span)).contains { previous![$0, y] != screen[$0, y] }
                if changed && !cell.isContinuation { changes.append(Change(x: x, y: y, width: span, cell: cell)) }
                x += span
            }
        }
        return changes
    }
}
