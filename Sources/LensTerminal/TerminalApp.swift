import ContactLensModel
import Foundation
import LensUI

/// How the live view ended.
public enum TerminalExit: Sendable {
    /// The user pressed q.
    case quit
    /// Ctrl-C, SIGINT, SIGTERM or SIGHUP.
    case interrupted
}

/// The full-screen live view of a call.
public enum TerminalApp {
    /// Opens the full-screen view, consumes `events` until the user quits; restores the terminal on every exit path.
    /// Returns normally on q / Ctrl-C; throws a one-line error if the terminal can't be used (not a tty, TERM unset/unknown).
    public static func run(session: SessionInfo, options: UIOptions, events: AsyncStream<FollowEvent>) async throws -> TerminalExit {
        try UIOptions.validate(options)
        // Before consuming any event: on failure the caller can still stream `events` as text.
        try CursesTerminal.preflight()
        let inbox = EventInbox()
        let watcher = SignalWatcher(queue: DispatchQueue(label: "lenstail.signals")) { inbox.push(.signal) }
        defer { watcher.cancel() }
        let forward = Task {
            for await event in events { inbox.push(.engine(event)) }
        }
        defer { forward.cancel() }
        let exit = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TerminalExit, any Error>) in
            // ncurses is not thread-safe: one thread owns it, reading keys with a 50 ms bound.
            let thread = Thread {
                continuation.resume(with: Result { try TerminalLoop.run(session: session, options: options, inbox: inbox) })
            }
            thread.name = "lenstail.terminal"
            thread.start()
        }
        withExtendedLifetime(watcher) {}  // the signal sources must outlive the loop
        return exit
    }
}

/// The loop on the terminal thread: read a key, take queued events, reduce, draw if needed.
enum TerminalLoop {
    static func run(session: SessionInfo, options: UIOptions, inbox: EventInbox) throws -> TerminalExit {
        let terminal = try CursesTerminal()
        defer { terminal.close() }
        var state = try AppState(session: session, options: options, size: terminal.size)
        var needsDraw = true
        var fastErrors = 0
        while true {
            if needsDraw {
                terminal.draw(render(state, size: state.size))
                needsDraw = false
            }
            let started = Date()
            var events: [AppEvent] = []
            if let event = terminal.readEvent() {
                events.append(event)
                fastErrors = 0
            } else if Date().timeIntervalSince(started) < 0.005 {
                // wget_wch fails at once when the terminal is gone: stop instead of spinning.
                fastErrors += 1
                if fastErrors > 20 { return .interrupted }
            } else {
                fastErrors = 0
            }
            events += inbox.drain()
            let now = Date()
            if Int(now.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970) { events.append(.tick(now)) }
            for event in events {
                for effect in reduce(into: &state, event) {
                    switch effect {
                    case .redraw: needsDraw = true
                    case .quit(let interrupted): return interrupted ? .interrupted : .quit
                    }
                }
            }
        }
    }
}
