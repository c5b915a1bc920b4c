import ArgumentParser
import LensApp

/// A length of time on the command line (`--since`, `--wait`), in LensApp's grammar.
struct DurationArgument: ExpressibleByArgument, Sendable {
    let duration: Duration

    init(_ duration: Duration) { self.duration = duration }

    init?(argument: String) {
        guard let duration = DurationText.parse(argument) else { return nil }
        self.duration = duration
    }

    var defaultValueDescription: String { DurationText.describe(duration) }
}
