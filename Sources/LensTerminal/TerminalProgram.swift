import FoundationEssentials
import LensBasics
import LensUI

/// How the full-screen program ended.
package enum TerminalExit: Sendable, Hashable {
    /// The user pressed q.
    case quit
    /// Ctrl-C (SIGINT), SIGTERM or SIGHUP: lenstail exits 128 + the signal.
    case interrupted(signal: Int32)
}

/// Where a screen's messages come from, and how they enter the loop's inbox.
package struct MessageFeed<Message: Sendable>: Sendable {
    fileprivate let pump: @Sendable (EventInbox<InboxItem<Message>>) async -> Void

    /// The engine's events: past `EventInbox.capacity` not yet drawn their sender waits, and
    /// with it the polling (a stalled terminal holds it).
    package static func engine<Events: AsyncSequence & Sendable>(
        _ events: Events, _ wrap: @escaping @Sendable (Events.Element) -> Message
    ) -> Self where Events.Failure == Never {
        Self { inbox in
            for await event in events { await inbox.send(.message(wrap(event))) }
        }
    }

    /// News that never waits (the player's clock after a key).
    package static func updates<Updates: AsyncSequence & Sendable>(
        _ updates: Updates, _ wrap: @escaping @Sendable (Updates.Element) -> Message
    ) -> Self where Updates.Failure == Never {
        Self { inbox in
            for await update in updates { inbox.push(.message(wrap(update))) }
        }
    }
}

/// The one full-screen program: opens the terminal on a thread of its own, runs a stack of
/// screens in `TerminalLoop` until the bottom one quits or a signal comes, and restores the
/// terminal on every exit path.
package enum TerminalProgram {
    /// Throws a one-line error if the terminal can't be used (not a tty, TERM unset/unknown),
    /// before consuming any message: the caller can still stream them as text.
    /// `program` makes the screens for the terminal's size; `perform` runs on the terminal's
    /// thread for each request and may answer with messages. `mouse`: clicks and the wheel reach
    /// the screens where the terminal has a mouse (`--no-mouse` leaves it to the terminal).
    package static func run<Message: Sendable, Request>(
        name: String, mouse: Bool, feeds: [MessageFeed<Message>],
        program: @escaping @Sendable (Size) throws -> ScreenStack<Message, Request>,
        perform: @escaping @Sendable (Request) -> [Message]
    ) async throws -> TerminalExit {
        try CursesTerminal.preflight()
        let wake = WakeTarget()
        let inbox = EventInbox<InboxItem<Message>> { wake.wake() }
        Signals.shared.route { inbox.push(.signal($0)) }
        defer { Signals.shared.release() }
        let pumps = feeds.map { feed in Task { await feed.pump(inbox) } }
        defer {
            for pump in pumps { pump.cancel() }
            inbox.close()
        }
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TerminalExit, any Error>) in
            // ncurses is not thread-safe: one thread owns it from open to close.
            let started = DetachedThread.start {
                continuation.resume(
                    with: Result {
                        let terminal = try CursesTerminal(mouse: mouse)
                        defer { terminal.close() }
                        wake.attach(terminal)
                        defer { wake.attach(nil) }
                        return TerminalLoop.run(terminal, program: try program(terminal.size), inbox: inbox, perform: perform)
                    })
            }
            if !started { continuation.resume(throwing: TerminalError("cannot start a thread for the \(name) view")) }
        }
    }
}

/// What the inbox carries to the terminal's thread.
enum InboxItem<Message: Sendable>: Sendable {
    case message(Message)
    /// SIGINT, SIGTERM or SIGHUP.
    case signal(Int32)
}

/// Where the inbox's wake-ups go: the terminal once it is open (events may come before).
final class WakeTarget: @unchecked Sendable {
    private let lock = Lock()
    private var terminal: CursesTerminal?

    func attach(_ terminal: CursesTerminal?) {
        lock.withLock { self.terminal = terminal }
        terminal?.wake()
    }

    func wake() { lock.withLock { terminal }?.wake() }
}
