import Foundation

/// Time formats the views share.
public enum Format {
    /// "mm:ss", or "h:mm:ss" from an hour on.
    public static func offset(_ millis: Int) -> String {
        let total = max(0, millis) / 1000
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        // Drawn for every visible turn of every frame: plain interpolation, not String(format:).
        return h > 0 ? "\(h):\(twoDigits(m)):\(twoDigits(s))" : "\(twoDigits(m)):\(twoDigits(s))"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "4s", "2m05s", "1h02m": an age or a wait.
    public static func duration(_ seconds: TimeInterval) -> String {
        let t = max(0, Int(seconds.rounded(.down)))
        if t < 60 { return "\(t)s" }
        if t < 3600 { return String(format: "%dm%02ds", t / 60, t % 60) }
        return String(format: "%dh%02dm", t / 3600, t / 60 % 60)
    }
}
