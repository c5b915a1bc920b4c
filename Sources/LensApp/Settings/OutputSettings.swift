import LensUI

/// How a follow or replay shows itself: the full-screen view on a terminal, or a stream.
public struct OutputSettings: Sendable {
    /// A stream format; nil chooses the view on a terminal and text otherwise.
    public var format: OutputFormat?
    public var ui: UIOptions
    /// `--log-file`: a private diagnostic log of the follow.
    public var logFile: String?

    public init(format: OutputFormat? = nil, ui: UIOptions = UIOptions(), logFile: String? = nil) {
        self.format = format
        self.ui = ui
        self.logFile = logFile
    }
}

/// The stream formats: one line per new or changed turn, or one API segment per JSON line.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, jsonl
}
