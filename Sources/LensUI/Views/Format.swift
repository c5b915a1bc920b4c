import Foundation

/// Time formats the views share.
public enum Format {
    /// "mm:ss", or "h:mm:ss" from an hour on.
    public static func offset(_ millis: Int) -> String {
        let total = max(0, millis) / 1000
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%02d:%02d", m, s)
    }

    /// "4s", "2m05s", "1h02m": an age or a wait.
    public static func duration(_ seconds: TimeInterval) -> String {
        let t = max(0, Int(seconds.rounded(.down)))
        if t < 60 { return "\(t)s" }
        if t < 3600 { return String(format: "%dm%02ds", t / 60, t % 60) }
        return String(format: "%dh%02dm", t / 3600, t / 60 % 60)
    }
}
