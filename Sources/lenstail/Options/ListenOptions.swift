import ArgumentParser
import LensApp
import LensBasics

/// Who listens in (`L`, `lenstail monitor`) and whether barging is asked for.
struct ListenOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Your Amazon Connect user (username, user id or user ARN) to listen in as; else the profile's connect_user, else your role session name.",
            valueName: "name|id|arn"))
    var user: String?

    @Flag(help: "Ask to listen only (SILENT_MONITOR), not to be able to barge in (BARGE).")
    var silentOnly = false

    func validate() throws {
        if let user, user.trimmed().isEmpty || user.count > 256 {
            throw ValidationError("--user must be a Connect username, user id or user ARN (1 to 256 characters)")
        }
    }

    var settings: ListenSettings { ListenSettings(user: user, silentOnly: silentOnly) }
}
