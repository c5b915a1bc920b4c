import FoundationEssentials
import LensBasics
import LensUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A terminal in memory, for tests (ratatui's `TestBackend`): it applies the same diffs the real
/// one writes, so what it holds is what a terminal would show. The test queues keys and resizes,
/// and steps between them (e.g. a page for the inbox), run when the loop waits for them.
package final class MemoryTerminal: TerminalBackend, @unchecked Sendable {
    private enum Queued {
        case input(TerminalInput)
        case step(@Sendable () -> Void)
    }

    private let lock = Lock()
    private var grid: Screen
    private var previous: Screen?
    private var queued: [Queued] = []
    /// Frames drawn and cells written, to see that only changes are drawn.
    package private(set) var frames = 0
    package private(set) var cellsWritten = 0
    package private(set) var bells = 0
    package private(set) var suspensions = 0

    package init(size: Size) { grid = Screen(size: size) }

    package var size: Size { lock.withLock { grid.size } }

    /// What the terminal shows now.
    package var screen: Screen { lock.withLock { grid } }

    /// Queues keys, resizes or a hang-up for the loop to read, in order.
    package func send(_ inputs: TerminalInput...) { lock.withLock { queued += inputs.map(Queued.input) } }

    /// Queues keys, in order.
    package func press(_ keys: Key...) { lock.withLock { queued += keys.map { .input(.key($0)) } } }

    /// Runs `step` when the loop next waits after what is queued so far (it then wakes as if
    /// something came): how a test hands the loop messages between keys.
    package func then(_ step: @escaping @Sendable () -> Void) { lock.withLock { queued.append(.step(step)) } }

    /// Changes the size, as a terminal window does; the loop reads a `.resize`.
    package func resize(to size: Size) {
        lock.withLock {
            grid = Screen(size: size)
            previous = nil
            queued.append(.input(.resize(size)))
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

    /// The next queued input. With none left the terminal "goes away" (`.signal`), so a loop under
    /// test always ends.
    package func nextEvent(timeout: Duration?) -> TerminalInput? {
        let next = lock.withLock { queued.isEmpty ? nil : queued.removeFirst() }
        switch next {
        case .input(let input): return input
        case .step(let step):
            step()
            return nil
        case nil: return .signal(SIGHUP)
        }
    }

    package func wake() {}
    package func bell() { lock.withLock { bells += 1 } }
    package func suspend() { lock.withLock { suspensions += 1 } }
}
