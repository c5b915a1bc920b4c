import LensUI

/// How a follow or replay shows itself: the full-screen view on a terminal, or a stream.
package struct OutputSettings: Sendable {
    /// A stream format; nil chooses the view on a terminal and text otherwise.
    package var format: OutputFormat?
    package var ui: UIOptions
    /// `--log-file`: a private diagnostic log of the follow.
    package var logFile: String?
    /// `--on-alert`: a shell command run once per new alert.
    package var onAlert: String?

    package init(format: OutputFormat? = nil, ui: UIOptions = UIOptions(), logFile: String? = nil, onAlert: String? = nil) {
        self.format = format
        self.ui = ui
        self.logFile = logFile
        self.onAlert = onAlert
    }
}

/// The stream formats: one line per new or changed turn, or one API segment per JSON line.
package enum OutputFormat: String, CaseIterable, Sendable {
    case text, jsonl
}
