import ArgumentParser

/// A length of time on the command line: `90s`, `10m`, `1h`, `2d`, `1h30m`, `500ms`, or plain
/// seconds (`30`), from 0 to 365 days.
struct DurationArgument: ExpressibleByArgument, Sendable {
    let duration: Duration

    init(_ duration: Duration) { self.duration = duration }

    init?(argument: String) {
        guard let duration = Self.parse(argument.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
        self.duration = duration
    }

    var defaultValueDescription: String {
        let seconds = Int(duration.components.seconds)
        return seconds % 60 == 0 ? "\(seconds / 60)m" : "\(seconds)s"
    }

    private static let units: [String: Double] = ["ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400]

    static func parse(_ text: String) -> Duration? {
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
}
