import ContactLensModel
import FoundationEssentials

/// Everything that changes the wall: keys, the mouse, resizes, the engine, the clock.
package enum WallAppEvent: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    case engine(WallEvent)
    /// Several engine events at once: the rows are sorted once, after all of them.
    case engineBatch([WallEvent])
    case tick(Date)
    /// The app's answer to a request to act (listen in).
    case act(ActUpdate)
}

/// What reaches the wall's screens from outside the terminal: the floor's events, and the app's
/// answers to what a screen asked of Amazon Connect.
package enum WallMessage: Sendable {
    case engine(WallEvent)
    case act(ActUpdate)
}

extension WallMessage: ActMessage {
    package var actUpdate: ActUpdate? { if case .act(let update) = self { update } else { nil } }
}

/// What the wall's screens ask the app to do.
package enum WallRequest: Hashable, Sendable {
    /// Log a new alert and poll its contact sooner.
    case alert(WallAlert)
    /// Act on a call through Amazon Connect; answered with `.act` messages.
    case act(ActRequest)
}

extension WallRequest: ActRequesting {}

/// What the wall's reducer asks the program around it to do.
package enum WallEffect: Hashable, Sendable {
    case redraw
    case quit(signal: Int32?)
    /// Ring the bell once.
    case bell
    /// A new alert: log it and poll the contact sooner.
    case alert(WallAlert)
    case suspend
    /// Open the contact's call over the wall.
    case open(contactId: String)
    /// Ask the question in the footer: listen in to the selected call (`L`)?
    case ask(ListenQuestion, SupervisorLookup)
    /// Act on a call through Amazon Connect; the app answers with `.act` events.
    case act(ActRequest)
}
