import ArgumentParser
import LensApp

/// The wall's alerts beyond `--alert`: negative runs, and a log other tools can read.
struct WallAlertOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Alert when a customer has this many negative turns in a row (1-100).", valueName: "n"))
    var alertNegative: Int?

    @Option(help: ArgumentHelp("Append one JSON line per alert to this file (created mode 0600).", valueName: "file"))
    var alertLog: String?

    @Option(
        help: ArgumentHelp(
            "Alert when a watched queue's oldest caller has waited longer than this (90s, 2m; with --queue).",
            valueName: "duration"))
    var alertWait: DurationArgument?

    var settings: WallAlertSettings {
        WallAlertSettings(alertNegative: alertNegative, alertLog: alertLog, alertWait: alertWait?.duration)
    }
}
