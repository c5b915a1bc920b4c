/// The wall's alerts beyond `--alert`, as typed: `--alert-negative N` (a run of negative
/// customer turns), `--alert-log FILE` (one JSON line per alert) and `--on-alert CMD` (a command
/// run per alert).
package struct WallAlertSettings: Sendable, Hashable {
    package var alertNegative: Int?
    package var alertLog: String?
    package var onAlert: String?

    package init(alertNegative: Int? = nil, alertLog: String? = nil, onAlert: String? = nil) {
        self.alertNegative = alertNegative
        self.alertLog = alertLog
        self.onAlert = onAlert
    }

    package func validate() throws(UsageError) {
        if let alertNegative, !(1...100).contains(alertNegative) {
            throw UsageError("--alert-negative must be between 1 and 100")
        }
        if let alertLog, alertLog.isEmpty { throw UsageError("--alert-log needs a file name") }
        if let onAlert, onAlert.allSatisfy(\.isWhitespace) { throw UsageError("--on-alert needs a command") }
    }
}
