import ArgumentParser

/// A length of time on the command line: `90s`, `10m`, `1h`, `500ms`, or plain seconds (`30`).
struct DurationArgument: ExpressibleByArgument, Sendable {
    let duration: Duration

    init(_ duration: Duration) { self.duration = duration }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        let (number, scale) = units.first { text.hasSuffix($0.suffix) && Double(text.dropLast($0.suffix.count)) != nil }
            .map { (Double(text.dropLast($0.suffix.count))!, $0.seconds) } ?? (Double(text) ?? -1, 1)
        let seconds = number * scale
        guard seconds >= 0, seconds <= 7 * 24 * 3600, seconds.isFinite else { return nil }
        duration = .milliseconds(Int64((seconds * 1000).rounded()))
    }

    var defaultValueDescription: String {
        let seconds = Int(duration.components.seconds)
        return seconds % 60 == 0 ? "\(seconds / 60)m" : "\(seconds)s"
    }
}
