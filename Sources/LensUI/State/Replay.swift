import ContactLensModel
import FoundationEssentials

/// What a replay key asks the player to do.
package enum PlaybackCommand: Hashable, Sendable {
    case togglePause, faster, slower
    /// Move by this many seconds of call time (negative: back).
    case seek(seconds: Int)
    case toStart, toEnd

    /// How far one seek key moves.
    package static let seekStep = 10
}

/// Where a replay is, as the view shows it: the position at `asOf`, moving on at `factor` times
/// the call's pace unless paused. The view works the position out at each tick itself, so the
/// player only reports when something changes (a key, the end).
package struct ReplayClock: Hashable, Sendable {
    package var positionMillis: Int
    package var lengthMillis: Int
    package var asOf: Date
    /// Call milliseconds per real millisecond; nil plays everything at once.
    package var factor: Double?
    /// How the speed is written ("2×", "instant").
    package var speedLabel: String
    package var isPaused: Bool

    package init(positionMillis: Int, lengthMillis: Int, asOf: Date, factor: Double?, speedLabel: String, isPaused: Bool) {
        self.positionMillis = positionMillis
        self.lengthMillis = lengthMillis
        self.asOf = asOf
        self.factor = factor
        self.speedLabel = speedLabel
        self.isPaused = isPaused
    }

    /// The position at `now`, within the call.
    package func position(at now: Date) -> Int {
        guard !isPaused else { return min(lengthMillis, positionMillis) }
        guard let factor else { return lengthMillis }
        // A view's clock may lag the report by up to a tick: the position never goes back before it.
        let moved = max(0, now.timeIntervalSince(asOf)) * 1000 * factor
        return min(lengthMillis, max(0, positionMillis.addingSaturating(Int(saturating: moved))))
    }

    package func isAtEnd(at now: Date) -> Bool { position(at: now) >= lengthMillis }
}
