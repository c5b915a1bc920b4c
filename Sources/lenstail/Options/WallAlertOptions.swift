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
            "Run this command (through /bin/sh -c) once per new alert, the alert as JSON on its input.",
            valueName: "command"))
    var onAlert: String?

    var settings: WallAlertSettings { WallAlertSettings(alertNegative: alertNegative, alertLog: alertLog, onAlert: onAlert) }
}
