import Foundation

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
    /// shows, never otherwise.
    package func nextTick(after date: Date) -> Date? {
        showsClock ? Date(timeIntervalSince1970: (date.timeIntervalSince1970 + 1e-6).rounded(.down) + 1) : nil
    }
}
