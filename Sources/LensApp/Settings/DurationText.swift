import FoundationEssentials
import LensBasics

/// A length of time as the command line writes it: `90s`, `10m`, `1h`, `2d`, `1h30m`, `500ms`,
/// or plain seconds (`30`), from 0 to 365 days (`--since`, `--wait`).
package enum DurationText {
    private static let units: [String: Double] = ["ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400]

    /// The duration `text` says (spaces around it and letter case ignored), or nil.
    package static func parse(_ text: String) -> Duration? {
        let text = text.trimmed().lowercased()
        var total = 0.0
        if let seconds = Double(text) {
            total = seconds
        } else {
            var rest = Substring(text)
            while !rest.isEmpty {
                let number = rest.prefix { $0.isNumber || $0 == "." }
                rest = rest.dropFirst(number.count)
                let unit = rest.prefix { $0.isLetter }
                rest = rest.dropFirst(unit.count)
                guard let value = Double(number), let scale = units[String(unit)] else { return nil }
                total += value * scale
            }
            guard !text.isEmpty else { return nil }
        }
        guard total.isFinite, total >= 0, total <= 365 * 86400 else { return nil }
        return .milliseconds(Int64((total * 1000).rounded()))
    }

    /// How a default is shown in `--help`: whole minutes as `10m`, else seconds.
    package static func describe(_ duration: Duration) -> String {
        let seconds = Int(duration.components.seconds)
        return seconds % 60 == 0 ? "\(seconds / 60)m" : "\(seconds)s"
    }
}
