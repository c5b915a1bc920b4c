import ContactLensModel
import LensEngine
import LensUI

/// How a follow paces its requests and what it prints, as typed: `--poll-interval`,
/// `--max-results`, `--max-rate`, `--output`, `--alert`, `--on-alert`, `--log-file` and `--no-mouse`
/// (follow, demo, replay, wall).
package struct PollingSettings: Sendable, Hashable {
    /// Seconds to wait before asking again when a page was not full.
    package var pollInterval: Double
    package var maxResults: Int
    package var maxRate: Double
    package var output: OutputFormat?
    /// `--alert` regular expressions, matched against whole category names.
    package var alerts: [String]
    package var logFile: String?
    /// `--on-alert`: a shell command run once per new alert.
    package var onAlert: String?
    /// False with `--no-mouse`: the view leaves the mouse to the terminal.
    package var mouse: Bool

    package init(
        pollInterval: Double = 1, maxResults: Int = 100, maxRate: Double = 1, output: OutputFormat? = nil,
        alerts: [String] = [], logFile: String? = nil, onAlert: String? = nil, mouse: Bool = true
    ) {
        self.pollInterval = pollInterval
        self.maxResults = maxResults
        self.maxRate = maxRate
        self.output = output
        self.alerts = alerts
        self.logFile = logFile
        self.onAlert = onAlert
        self.mouse = mouse
    }

    /// `--max-rate` spaces the starts of requests. AWS allows about one a second per account; a
    /// large value (up to a million) takes the spacing away, for an emulator on loopback.
    package static let maxRateRange = 0.001...1_000_000.0

    package func validate() throws(UsageError) {
        do { try UIOptions.validate(ui) } catch { throw UsageError(error.message) }
        guard pollInterval >= 0.05, pollInterval <= 3600 else {
            throw UsageError("--poll-interval must be between 0.05 and 3600 seconds")
        }
        guard ListSegments.maxResultsRange.contains(maxResults) else {
            throw UsageError("--max-results must be between 1 and 100")
        }
        try Self.checkMaxRate(maxRate)
        if let onAlert, onAlert.allSatisfy(\.isWhitespace) { throw UsageError("--on-alert needs a command") }
    }

    package static func checkMaxRate(_ rate: Double) throws(UsageError) {
        guard maxRateRange.contains(rate) else {
            throw UsageError("--max-rate must be between 0.001 and 1000000 requests per second")
        }
    }

    package var ui: UIOptions { UIOptions(alertPatterns: alerts, mouse: mouse) }

    package var outputSettings: OutputSettings { OutputSettings(format: output, ui: ui, logFile: logFile, onAlert: onAlert) }

    package var fetch: FetchSettings { FetchSettings(maxResults: maxResults, maxRate: maxRate) }

    package var poller: PollerConfiguration {
        PollerConfiguration(pollInterval: .milliseconds(Int(pollInterval * 1000)), maxRate: maxRate, maxResults: maxResults)
    }
}
