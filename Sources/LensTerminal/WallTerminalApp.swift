import ContactLensModel
import Foundation
import LensUI

/// The full-screen wall: rows of every live call, and any call opened in the follow view.
package enum WallTerminalApp {
    /// Opens the wall and consumes `events` until the user quits; restores the terminal on every
    /// exit path. `onAlert` runs on the terminal's thread for each new alert (log it, poll sooner).
    package static func run(
        state makeState: @escaping @Sendable (Size) throws -> WallState, events: AsyncStream<WallEvent>,
        onAlert: @escaping @Sendable (WallAlert) -> Void
    ) async throws -> TerminalExit {
        try CursesTerminal.preflight()
        let wake = WakeTarget()
        let inbox = EventInbox<WallAppEvent> { wake.wake() }
        Signals.shared.route { inbox.push(.signal($0)) }
        defer { Signals.shared.release() }
        let forward = Task {
            for await event in events { await inbox.send(.engine(event)) }
        }
        defer {
            forward.cancel()
            inbox.close()
        }
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TerminalExit, any Error>) in
            // ncurses is not thread-safe: one thread owns it from open to close.
            let thread = Thread {
                continuation.resume(
                    with: Result {
                        let terminal = try CursesTerminal()
                        defer { terminal.close() }
                        wake.attach(terminal)
                        defer { wake.attach(nil) }
                        var state = try makeState(terminal.size)
                        state.size = terminal.size
                        return WallTerminalLoop.run(terminal, state: state, inbox: inbox, onAlert: onAlert)
                    })
            }
            thread.name = "lenstail.wall"
            thread.start()
        }
    }
}

/// The wall's loop on the terminal's thread: like `TerminalLoop`, with a tick every second
/// (every row shows a clock).
enum WallTerminalLoop {
    static func run(
        _ terminal: any TerminalBackend, state initial: WallState, inbox: EventInbox<WallAppEvent>,
        onAlert: (WallAlert) -> Void, now: () -> Date = Date.init
    ) -> TerminalExit {
        var state = initial
        var needsDraw = true
        while true {
            if needsDraw {
                terminal.draw(renderWall(state, size: state.size))
                needsDraw = false
            }
            var events = inbox.drain()
            if events.isEmpty {
                let fraction = now().timeIntervalSince1970.truncatingRemainder(dividingBy: 1)
                let timeout = Duration.milliseconds(max(1, Int((1 - fraction) * 1000)))
                if let event = terminal.nextEvent(timeout: timeout).flatMap({ WallAppEvent($0) }) { events.append(event) }
                events += inbox.drain()
            }
            let date = now()
            if Int(date.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970) { events.append(.tick(date)) }
            events = WallAppEvent.batched(events)
            while !events.isEmpty {
                for effect in reduceWall(into: &state, events.removeFirst()) {
                    switch effect {
                    case .redraw: needsDraw = true
                    case .quit(let signal): return signal.map { .interrupted(signal: $0) } ?? .quit
                    case .bell: terminal.bell()
                    case .alert(let alert): onAlert(alert)
                    case .suspend:
                        terminal.suspend()
                        needsDraw = true
                    }
                }
            }
        }
    }
}

extension WallAppEvent {
    /// Runs of engine events as one batch: a busy floor is sorted once per wake-up, not per page.
    static func batched(_ events: [WallAppEvent]) -> [WallAppEvent] {
        var out: [WallAppEvent] = []
        var run: [WallEvent] = []
        for event in events {
            if case .engine(let engine) = event {
                run.append(engine)
                continue
            }
            if !run.isEmpty { out.append(.engineBatch(run)) }
            run = []
            out.append(event)
        }
        if !run.isEmpty { out.append(.engineBatch(run)) }
        return out
    }

    /// A terminal's key, resize or signal as a wall event.
    init?(_ event: AppEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .resize(let size): self = .resize(size)
        case .signal(let number): self = .signal(number)
        case .engine, .tick, .replay, .notice: return nil
        }
    }
}
