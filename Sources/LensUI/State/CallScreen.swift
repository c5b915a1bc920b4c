import ContactLensModel
import FoundationEssentials

/// News for the call view from outside the terminal.
package enum CallMessage: Sendable {
    /// The engine's (or the player's) event of the call.
    case engine(FollowEvent)
    /// The replay's player moved, paused or changed speed.
    case replay(ReplayClock)
    /// A one-line message for the status line (e.g. where the view was written).
    case notice(String)
    /// The app's answer to a request to act on the call (listen in).
    case act(ActUpdate)
}

extension CallMessage: ActMessage {
    package var actUpdate: ActUpdate? { if case .act(let update) = self { update } else { nil } }
}

/// What the call view asks the app to do.
package enum CallRequest: Sendable {
    /// A replay key: pass the command to the player.
    case playback(PlaybackCommand)
    /// Write the view (the call with its participant filter) to a file; answer with a notice.
    case saveView(AppState)
    /// Act on the call through Amazon Connect; answer with `.act` messages.
    case act(ActRequest)
}

extension CallRequest: ActRequesting {}

/// The view of one call (`lenstail follow`, `demo`, `replay`) as a screen: `AppState` and its
/// reducer, drawn by `render`.
package struct CallScreen: ScreenProgram {
    package var state: AppState

    /// A screen runs in a loop that ticks whenever `nextTick` is due, so a long call's search is
    /// counted on ticks after its jump is drawn.
    package init(_ state: AppState) {
        self.state = state
        if self.state.search.countStep == nil { self.state.search.countStep = SearchState.loopCountStep }
    }

    package var now: Date { state.now }

    package mutating func reduce(_ event: ScreenEvent<CallMessage>) -> [ScreenEffect<CallMessage, CallRequest>] {
        switch event {
        case .key(let key): return effects(LensUI.reduce(into: &state, .key(key)))
        case .mouse(let mouse): return effects(LensUI.reduce(into: &state, .mouse(mouse)))
        case .resize(let size): return effects(LensUI.reduce(into: &state, .resize(size)))
        case .tick(let date): return effects(LensUI.reduce(into: &state, .tick(date)))
        case .messages(let messages):
            var out: [ScreenEffect<CallMessage, CallRequest>] = []
            for message in messages {
                switch message {
                case .engine(let event): out += effects(LensUI.reduce(into: &state, .engine(event)))
                case .replay(let clock): out += effects(LensUI.reduce(into: &state, .replay(clock)))
                case .notice(let text): out += effects(LensUI.reduce(into: &state, .notice(text)))
                case .act(let update): out += effects(LensUI.reduce(into: &state, .act(update)))
                }
            }
            return out
        }
    }

    private func effects(_ effects: [Effect]) -> [ScreenEffect<CallMessage, CallRequest>] {
        effects.map { effect in
            switch effect {
            case .redraw: .redraw
            case .quit(let signal): .quit(signal: signal)
            case .back: .back
            case .playback(let command): .request(.playback(command))
            case .saveView: .request(.saveView(state))
            case .bell: .bell
            case .suspend: .suspend
            case .ask(let question, let lookup):
                .push(ListenPrompt<CallMessage, CallRequest>(question, supervisor: lookup, now: state.now))
            case .act(let request): .request(.act(request))
            }
        }
    }

    package mutating func render(size: Size, back: StyledLine?) -> Screen { Self.frame(state, size: size, back: back) }

    /// The call's frame; over another screen, the way back replaces the key hints.
    static func frame(_ state: AppState, size: Size, back: StyledLine?) -> Screen {
        var screen = LensUI.render(state, size: size)
        if let back, size.height >= ScreenLayout.minimum.height, size.width >= ScreenLayout.minimum.width {
            let line = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
            screen.fill(line)
            screen.put(back, x: 0, y: line.y, clip: line)
        }
        return screen
    }

    package func nextTick(after date: Date) -> Date? { state.nextTick(after: date) }
}
