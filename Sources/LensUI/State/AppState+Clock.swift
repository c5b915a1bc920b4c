import ContactLensModel
import FoundationEssentials

extension AppState {
    /// True while something on screen counts time (a retry countdown, the age of the last poll,
    /// the wait for the analysis, a replay playing): the view needs a frame each second then,
    /// and none at all otherwise.
    package var showsClock: Bool {
        if let replay { return !replay.isPaused && !replay.isAtEnd(at: now) }
        switch status {
        case .retrying, .waitingForAnalysis: return true
        case .connecting, .live, .restarted, .warning: return lastSuccess != nil
        case .completed, .ended, .failed: return false
        }
    }

    /// When the view next needs a frame without any event: the next whole second while a clock
    /// shows, never otherwise; at once while a search's matches are counted in steps.
    package func nextTick(after date: Date) -> Date? {
        if search.counting { return date }
        return showsClock ? Date(timeIntervalSince1970: (date.timeIntervalSince1970 + 1e-6).rounded(.down) + 1) : nil
    }
}

/// The call time as of a moment: the header's clock runs on from it while the call is live.
package struct CallClock: Hashable, Sendable {
    package var millis: Int
    package var asOf: Date

    /// The call time at `date`, run on from `asOf` (never before it).
    package func millis(at date: Date) -> Int {
        millis.addingSaturating(Int(saturating: max(0, date.timeIntervalSince(asOf)) * 1000))
    }
}

extension AppState {
    /// The call time the header shows. In a replay, the player's position (as the progress line);
    /// while live, the latest turn's end run on by the wall time since that page came; once the
    /// follow is over, the call's length as the analysis gave it.
    package var shownCallMillis: Int {
        if let replay { return replay.position(at: now) }
        guard !isOver, let liveClock else { return callMillis }
        return liveClock.millis(at: now)
    }

    /// A page came at `receivedAt`: the live clock goes on from there, never backwards (the
    /// analysis runs a few seconds behind the call, so a new turn may end before the clock).
    mutating func advanceLiveClock(to receivedAt: Date) {
        guard callMillis > 0 else { return }
        liveClock = CallClock(millis: max(liveClock?.millis(at: receivedAt) ?? 0, callMillis), asOf: receivedAt)
    }
}
