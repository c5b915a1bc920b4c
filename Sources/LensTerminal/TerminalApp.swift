import ContactLensModel
import Foundation
import LensUI

/// How the live view ended.
package enum TerminalExit: Sendable, Hashable {
    /// The user pressed q.
    case quit
    /// Ctrl-C (SIGINT), SIGTERM or SIGHUP: lenstail exits 128 + the signal.
    case interrupted(signal: Int32)
}

/// A replay's player as the view sees it: where it is, its changes, and where replay keys go.
package struct ReplayLink: Sendable {
    package var clock: ReplayClock
    package var updates: AsyncStream<ReplayClock>
    package var send: @Sendable (PlaybackCommand) -> Void

    package init(clock: ReplayClock, updates: AsyncStream<ReplayClock>, send: @escaping @Sendable (PlaybackCommand) -> Void) {
        self.clock = clock
        self.updates = updates
        self.send = send
    }
}

/// What the view asks of the program around it, beyond reading events.
package struct ViewControls: Sendable {
    /// The player, when replaying; nil for a live follow.
    package var replay: ReplayLink?
    /// Writes the view (the call and its filter) to a file; returns one line saying where, or throws one line.
    package var saveView: @Sendable (AppState) throws -> String

    package init(replay: ReplayLink? = nil, saveView: @escaping @Sendable (AppState) throws -> String) {
        self.replay = replay
        self.saveView = saveView
    }
}

/// The full-screen live view of a call.
package enum TerminalApp {
    /// Opens the full-screen view, consumes `events` until the user quits; restores the terminal on every exit path.
    /// Returns normally on q / Ctrl-C; throws a one-line error if the terminal can't be used (not a tty, TERM unset/unknown).
    package static func run(
        session: SessionInfo, options: UIOptions, events: AsyncStream<FollowEvent>,
        controls: ViewControls
    ) async throws -> TerminalExit {
        try UIOptions.validate(options)
        // Before consuming any event: on failure the caller can still stream `events` as text.
        try CursesTerminal.preflight()
        let wake = WakeTarget()
        let inbox = EventInbox<AppEvent> { wake.wake() }
        Signals.shared.route { inbox.push(.signal($0)) }
        defer { Signals.shared.release() }
        let forward = Task {
            for await event in events { await inbox.send(.engine(event)) }
        }
        defer {
            forward.cancel()
            inbox.close()
        }
        let forwardPlayer = Task {
            guard let updates = controls.replay?.updates else { return }
            for await clock in updates { inbox.push(.replay(clock)) }
        }
        defer { forwardPlayer.cancel() }
        let exit = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TerminalExit, any Error>) in
            // ncurses is not thread-safe: one thread owns it from open to close.
            let thread = Thread {
                continuation.resume(
                    with: Result {
                        let terminal = try CursesTerminal()
                        defer { terminal.close() }
                        wake.attach(terminal)
                        defer { wake.attach(nil) }
                        var state = try AppState(session: session, options: options, size: terminal.size)
                        state.replay = controls.replay?.clock
                        return TerminalLoop.run(terminal, state: state, controls: controls, inbox: inbox)
                    })
            }
            thread.name = "lenstail.terminal"
            thread.start()
        }
        return exit
    }
}

/// Where the inbox's wake-ups go: the terminal once it is open (events may come before).
final class WakeTarget: @unchecked Sendable {
    private let lock = NSLock()
    private var terminal: CursesTerminal?

    func attach(_ terminal: CursesTerminal?) {
        lock.withLock { self.terminal = terminal }
        terminal?.wake()
    }

    func wake() { lock.withLock { terminal }?.wake() }
}
