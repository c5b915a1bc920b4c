import ContactLensModel
import Foundation

/// Everything that can change the state: keys, resizes, the engine, the clock.
public enum AppEvent: Sendable {
    case key(Key)
    case resize(Size)
    case engine(FollowEvent)
    case tick(Date)
    /// SIGINT, SIGTERM or SIGHUP.
    case signal
}

/// What the reducer asks the run loop to do.
public enum Effect: Hashable, Sendable {
    /// Something visible changed: render and draw.
    case redraw
    /// Leave: `interrupted` for Ctrl-C and signals.
    case quit(interrupted: Bool)
}
