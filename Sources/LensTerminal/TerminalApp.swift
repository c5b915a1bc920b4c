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

/// A replay's player as the view sees it: where it is, its changes, and where replay keys go.
public struct ReplayLink: Sendable {
    public var clock: ReplayClock
    public var updates: AsyncStream<ReplayClock>
    public var send: @Sendable (PlaybackCommand) -> Void

    public init(clock: ReplayClock, updates: AsyncStream<ReplayClock>, send: @escaping @Sendable (PlaybackCommand) -> Void) {
        self.clock = clock
        self.updates = updates
        self.send = send
    }
}

/// What the view asks of the program around it, beyond reading events.
public struct ViewControls: Sendable {
    /// The player, when replaying; nil for a live follow.
    public var replay: ReplayLink?
    /// Writes the view (the call and its filter) to a file; returns one line saying where, or throws one line.
    public var saveView: @Sendable (AppState) throws -> String

    public init(replay: ReplayLink? = nil, saveView: @escaping @Sendable (AppState) throws -> String) {
        self.replay = replay
        self.saveView = saveView
    }
}

/// The full-screen live view of a call.
public enum TerminalApp {
    /// Opens the full-screen view, consumes `events` until the user quits; restores the terminal on every exit path.
    /// Returns normally on q / Ctrl-C; throws a one-line error if the terminal can't be used (not a tty, TERM unset/unknown).
    public static func run(session: SessionInfo, options: UIOptions, events: AsyncStream<FollowEvent>,
                           controls: ViewControls) async throws -> TerminalExit {
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
        let forwardPlayer = Task {
            guard let updates = controls.replay?.updates else { return }
            for await clock in updates { inbox.push(.replay(clock)) }
        }
        defer { forwardPlayer.cancel() }
        let exit = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TerminalExit, any Error>) in
            // ncurses is not thread-safe: one thread owns it, reading keys with a 50 ms bound.
            let thread = Thread {
                continuation.resume(with: Result { try TerminalLoop.run(session: session, options: options, controls: controls, inbox: inbox) })
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
    static func run(session: SessionInfo, options: UIOptions, controls: ViewControls, inbox: EventInbox) throws -> TerminalExit {
        let terminal = try CursesTerminal()
        defer { terminal.close() }
        var state = try AppState(session: session, options: options, size: terminal.size)
        state.replay = controls.replay?.clock
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
            while !events.isEmpty {
                for effect in reduce(into: &state, events.removeFirst()) {
                    switch effect {
                    case .redraw: needsDraw = true
                    case .quit(let interrupted): return interrupted ? .interrupted : .quit
                    case .playback(let command): controls.replay?.send(command)
                    case .saveView:
                        // A small file on this thread: the view waits for it, as the user does.
                        do { events.append(.notice(try controls.saveView(state))) } catch {
                            events.append(.notice("could not write the view: \(error)"))
                        }
                    }
                }
            }
        }
    }
}
