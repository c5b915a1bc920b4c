import Foundation
import LensUI

/// A terminal in memory, for tests (ratatui's `TestBackend`): it applies the same diffs the real
/// one writes, so what it holds is what a terminal would show; events are queued by the test.
public final class MemoryTerminal: TerminalBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var grid: Screen
    private var previous: Screen?
    private var queued: [AppEvent] = []
    /// Frames drawn and cells written, to see that only changes are drawn.
    public private(set) var frames = 0
    public private(set) var cellsWritten = 0
    public private(set) var bells = 0
    public private(set) var suspensions = 0

    public init(size: Size) { grid = Screen(size: size) }

    public var size: Size { lock.withLock { grid.size } }

    /// What the terminal shows now.
    public var screen: Screen { lock.withLock { grid } }

    /// Queues keys or other events for the loop to read, in order.
    public func send(_ events: AppEvent...) { lock.withLock { queued += events } }

    /// Changes the size, as a terminal window does; the loop reads a `.resize`.
    public func resize(to size: Size) {
        lock.withLock {
            grid = Screen(size: size)
            previous = nil
            queued.append(.resize(size))
        }
    }

    public func draw(_ screen: Screen) {
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
    public func nextEvent(timeout: Duration?) -> AppEvent? {
        lock.withLock { queued.isEmpty ? .signal : queued.removeFirst() }
    }

    public func wake() {}
    public func bell() { lock.withLock { bells += 1 } }
    public func suspend() { lock.withLock { suspensions += 1 } }
}
