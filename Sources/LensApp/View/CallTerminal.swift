import ContactLensModel
import FoundationEssentials
import LensTerminal
import LensUI

/// The call view on the terminal: its screen, what feeds it (the engine's events, the player's
/// clock, listening in's outcomes) and what its requests do (player commands, `w`, `L`).
enum CallTerminal {
    /// Runs the view until the user quits; throws one line if the terminal can't be used.
    static func run(
        _ events: AsyncStream<FollowEvent>, session: SessionInfo, alerts: AlertRules, mouse: Bool, replay: ReplayLink?,
        actions: ContactActions = ContactActions(nil), notices: AsyncStream<String>? = nil,
        save: @escaping @Sendable (AppState) throws -> String
    ) async throws -> TerminalExit {
        var feeds: [MessageFeed<CallMessage>] = [
            .engine(events, CallMessage.engine), .updates(actions.updates, CallMessage.act),
        ]
        if let replay { feeds.append(.updates(replay.updates, CallMessage.replay)) }
        // An `--on-alert` failure, said once in the status line.
        if let notices { feeds.append(.updates(notices, CallMessage.notice)) }
        return try await TerminalProgram.run(
            name: "terminal", mouse: mouse, feeds: feeds,
            program: { size in
                var state = AppState(session: session, alerts: alerts, size: size)
                if let replay { state.beginReplay(replay.clock, turns: replay.turns) }
                return ScreenStack(CallScreen(state))
            },
            perform: { request in
                switch request {
                case .playback(let command):
                    replay?.send(command)
                    return []
                case .saveView(let state):
                    do { return [.notice(try save(state))] } catch { return [.notice("could not write the view: \(error)")] }
                case .act(let request):
                    return actions.perform(request).map(CallMessage.act)
                }
            })
    }
}
