import Foundation
import LensUI

/// A terminal in memory, for tests (ratatui's `TestBackend`): it applies the same diffs the real
/// one writes, so what it holds is what a terminal would show; events are queued by the test.
package final class MemoryTerminal: TerminalBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var grid: Screen
    private var previous: Screen?
    private var queued: [AppEvent] = []
    /// Frames drawn and cells written, to see that only changes are drawn.
    package private(set) var frames = 0
    package private(set) var cellsWritten = 0
    package private(set) var bells = 0
    package private(set) var suspensions = 0

    package init(size: Size) { grid = Screen(size: size) }

    package var size: Size { lock.withLock { grid.size } }

    /// What the terminal shows now.
    package var screen: Screen { lock.withLock { grid } }

    /// Queues keys or other events for the loop to read, in order.
    package func send(_ events: AppEvent...) { lock.withLock { queued += events } }

    /// Changes the size, as a terminal window does; the loop reads a `.resize`.
    package func resize(to size: Size) {
        lock.withLock {
            grid = Screen(size: size)
            previous = nil
            queued.append(.resize(size))
        }
    }

    package func draw(_ screen: Screen) {
        lock.withLock {
            let changes = ScreenDiff.changes(from: previous, to: screen)
            if previous?.size != screen.size { grid = Screen(size: screen.size) }
            for change in changes {
                grid[change.x, change.y] = change.cell
                if change.width == 2 { grid[change.x + 1, change.y] = .continuation(change.cell.style) }
            }
            previous = screen
            frames += 1
            cellsWritten += changes.count
        }
    }

    /// The next queued event. With none left the terminal "goes away" (`.signal`), so a loop under
    /// test always ends.
    package func nextEvent(timeout: Duration?) -> AppEvent? {
        lock.withLock { queued.isEmpty ? .signal(SIGHUP) : queued.removeFirst() }
    }

    package func wake() {}
    package func bell() { lock.withLock { bells += 1 } }
    package func suspend() { lock.withLock { suspensions += 1 } }
}
