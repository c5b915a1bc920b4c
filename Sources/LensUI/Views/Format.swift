import FoundationEssentials

/// Time formats the views share.
package enum Format {
    /// "4s", "2m05s", "1h02m": an age or a wait.
    package static func duration(_ seconds: TimeInterval) -> String {
        let t = max(0, Int(seconds.rounded(.down)))
        if t < 60 { return "\(t)s" }
        // Without `String(format:)`: the wall draws two of these a row each second.
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if t < 3600 { return String(t / 60) + "m" + two(t % 60) + "s" }
        return String(t / 3600) + "h" + two(t / 60 % 60) + "m"
    }
}
