import Foundation

/// Time formats the views share.
package enum Format {
    /// "4s", "2m05s", "1h02m": an age or a wait.
    package static func duration(_ seconds: TimeInterval) -> String {
        let t = max(0, Int(seconds.rounded(.down)))
        if t < 60 { return "\(t)s" }
        if t < 3600 { return String(format: "%dm%02ds", t / 60, t % 60) }
        return String(format: "%dh%02dm", t / 3600, t / 60 % 60)
    }
}
