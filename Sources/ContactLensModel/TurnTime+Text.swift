import FoundationEssentials
import LensBasics

/// A turn's time as every output writes them. A chat's time of day is in `timeZone`, the
/// machine's when nil (looked up only for a chat: a call's offsets need none).
extension TurnTime {
    /// "01:05" — when a call's turn began; a chat item's time of day, "09:15:03".
    package func start(in timeZone: LocalZone? = nil) -> String {
        switch self {
        case .callOffset(let begin, _): CallTime.format(millis: begin)
        case .absolute(let millis): ChatClock.timeOfDay(millis: millis, timeZone: timeZone ?? .current)
        }
    }

    /// "01:05-01:07" — when a call's turn began and ended; a chat item's time of day.
    package func span(in timeZone: LocalZone? = nil) -> String {
        switch self {
        case .callOffset(let begin, let end): CallTime.span(begin, end)
        case .absolute(let millis): ChatClock.timeOfDay(millis: millis, timeZone: timeZone ?? .current)
        }
    }
}
