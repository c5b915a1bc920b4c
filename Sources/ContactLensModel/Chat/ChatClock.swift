import FoundationEssentials
import LensBasics

/// Chat times as people read them: the time of day of a message, in a time zone.
enum ChatClock {
    /// "09:15:03" for milliseconds since 1970, in `timeZone` (the machine's by default).
    static func timeOfDay(millis: Int, timeZone: LocalZone = .current) -> String {
        let seconds = Int((Double(millis) / 1000).rounded(.down))
        let local = seconds + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        let day = ((local % 86_400) + 86_400) % 86_400
        return two(day / 3600) + ":" + two(day / 60 % 60) + ":" + two(day % 60)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
