import ArgumentParser
import ContactLensModel
import LensApp
import LensEngine
import LensUI

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

    @OptionGroup(title: "Logging") var log: LogOptions

    func validate() throws {
        do { try UIOptions.validate(ui) } catch { throw ValidationError(error.message) }
        guard pollInterval >= 0.05, pollInterval <= 3600 else {
            throw ValidationError("--poll-interval must be between 0.05 and 3600 seconds")
        }
        guard ListSegments.maxResultsRange.contains(maxResults) else {
            throw ValidationError("--max-results must be between 1 and 100")
        }
        try MaxRate.validate(maxRate)
    }

    var ui: UIOptions { UIOptions(alertPatterns: alerts) }

    var settings: OutputSettings { OutputSettings(format: output, ui: ui, logFile: log.logFile) }

    var fetch: FetchSettings { FetchSettings(maxResults: maxResults, maxRate: maxRate) }

    var poller: PollerConfiguration {
        PollerConfiguration(
            pollInterval: .milliseconds(Int(pollInterval * 1000)), maxRate: maxRate,
            maxResults: maxResults)
    }
}

extension OutputFormat: ExpressibleByArgument {}
