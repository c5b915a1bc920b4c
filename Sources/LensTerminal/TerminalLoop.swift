import Foundation
import LensUI

/// The loop on the terminal's thread: wait for a key, a resize, an engine event or the next
/// second a clock needs; reduce; draw when something changed. It sleeps when nothing shows time.
enum TerminalLoop {
    static func run(
        _ terminal: any TerminalBackend, state initial: AppState, controls: ViewControls,
        inbox: EventInbox<AppEvent>, now: () -> Date = Date.init
    ) -> TerminalExit {
        var state = initial
        // This loop ticks whenever `nextTick` is due, so a long call's search counts on ticks.
        if state.search.countStep == nil { state.search.countStep = SearchState.loopCountStep }
        var needsDraw = true
        while true {
            if needsDraw {
                terminal.draw(render(state, size: state.size))
                needsDraw = false
            }
            var events = inbox.drain()
            if events.isEmpty {
                let timeout = state.nextTick(after: now()).map {
                    Duration.milliseconds(max(0, Int($0.timeIntervalSince(now()) * 1000)))
                }
                if let event = terminal.nextEvent(timeout: timeout) { events.append(event) }
                events += inbox.drain()
            }
            let date = now()
            if Int(date.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970) || state.search.counting {
                events.append(.tick(date))
            }
            while !events.isEmpty {
                for effect in reduce(into: &state, events.removeFirst()) {
                    switch effect {
                    case .redraw: needsDraw = true
                    case .quit(let signal): return signal.map { .interrupted(signal: $0) } ?? .quit
                    case .playback(let command): controls.replay?.send(command)
                    case .bell: terminal.bell()
                    case .suspend:
                        terminal.suspend()
                        needsDraw = true
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
