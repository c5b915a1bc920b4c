import ContactLensModel
import FoundationEssentials

/// Everything that can change the call view's state: keys, the mouse, resizes, the engine, the clock.
package enum AppEvent: Sendable {
    case key(Key)
    /// A click or the wheel, where the terminal has a mouse.
    case mouse(MouseEvent)
    case resize(Size)
    case engine(FollowEvent)
    case tick(Date)
    /// The replay's player moved, paused or changed speed.
    case replay(ReplayClock)
    /// A one-line message for the status line (e.g. where the view was written).
    case notice(String)
    /// The app's answer to an `Effect.act`: the supervisor's user, a MonitorContact's outcome.
    case act(ActUpdate)
}

/// What the reducer asks the run loop to do.
package enum Effect: Hashable, Sendable {
    /// Something visible changed: render and draw.
    case redraw
    /// Leave: `signal` says which interrupted the view (Ctrl-C is SIGINT); nil for q.
    case quit(signal: Int32?)
    /// Esc with nothing to clear: back to the screen below, if there is one (the wall).
    case back
    /// A replay key: pass the command to the player.
    case playback(PlaybackCommand)
    /// Write the view (the call with the participant filter) to a file, then report back with `.notice`.
    case saveView
    /// Ring the terminal's bell once (a new alert).
    case bell
    /// Give the terminal back to the shell until continued (Ctrl-Z).
    case suspend
    /// Ask the question in the footer: listen in to this call as the supervisor (`L`)?
    case ask(ListenQuestion, SupervisorLookup)
    /// Act on the call through Amazon Connect; the app answers with `.act` events.
    case act(ActRequest)
}
