import FoundationEssentials

/// Lengths of time as the check and the log say them.
enum ClockText {
    /// "45 s", "7 min 12 s", "2 h 5 min", for a length of either sign.
    static func span(_ seconds: TimeInterval) -> String {
        let total = Int(abs(seconds).rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(total % 60) s" }
        return "\(total / 3600) h \(total % 3600 / 60) min"
    }
}
