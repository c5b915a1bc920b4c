import ArgumentParser
import LensApp

/// How to pace the follow and what to print.
struct FollowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds to wait before asking again when a page was not full.", valueName: "seconds"))
    var pollInterval: Double = 1

    @Option(help: ArgumentHelp("Segments per page, 1-100 (MaxResults).", valueName: "n"))
    var maxResults: Int = 100

    @Option(
        help: ArgumentHelp(
            "Never send more than this many requests per second (the API's quota is about 1/s per account).",
            valueName: "per-second"))
    var maxRate: Double = 1

    @Option(
        help: ArgumentHelp(
            "Stream as `text` (one line per new or changed turn) or `jsonl` (one API segment per line). Default: the full-screen view on a terminal, text otherwise.",
            valueName: "format"))
    var output: OutputFormat?

    @Option(
        name: .customLong("alert"),
        help: ArgumentHelp(
            "Highlight a category whose name this regular expression finds, as grep does: anywhere in the name, any case (cancel finds Cancellation; '^Cancel$' only the whole name). Repeatable.",
            valueName: "regex"))
    var alerts: [String] = []

    @Option(
        help: ArgumentHelp(
            "Run this command (through /bin/sh -c) once per new alert, with the alert as one JSON object on its standard input.",
            valueName: "command"))
    var onAlert: String?

    @Flag(name: .customLong("no-mouse"), help: MouseHelp.noMouse)
    var noMouse = false

    @OptionGroup(title: "Logging") var log: LogOptions

    /// As typed; LensApp checks it.
    var settings: PollingSettings {
        PollingSettings(
            pollInterval: pollInterval, maxResults: maxResults, maxRate: maxRate, output: output, alerts: alerts,
            logFile: log.logFile, onAlert: onAlert, mouse: !noMouse)
    }
}

extension OutputFormat: ExpressibleByArgument {}
