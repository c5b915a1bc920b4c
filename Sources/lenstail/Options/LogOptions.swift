import ArgumentParser

/// `--log-file`: a private diagnostic log of the follow.
struct LogOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Append a diagnostic log here (created mode 0600): requests, statuses, errors; never secrets.", valueName: "file"),
        completion: .file())
    var logFile: String?
}
