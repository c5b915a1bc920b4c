import ContactLensModel
import Foundation

/// Everything that changes the wall: keys, resizes, the engine, the clock.
package enum WallAppEvent: Sendable {
    case key(Key)
    case resize(Size)
    case engine(WallEvent)
    /// Several engine events at once: the rows are sorted once, after all of them.
    case engineBatch([WallEvent])
    case tick(Date)
}

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
}
