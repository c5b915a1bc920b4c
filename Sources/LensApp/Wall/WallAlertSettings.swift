/// The wall's alerts beyond `--alert`, as typed: `--alert-negative N` (a run of negative
/// customer turns) and `--alert-log FILE` (one JSON line per alert).
package struct WallAlertSettings: Sendable, Hashable {
    package var alertNegative: Int?
    package var alertLog: String?

    package init(alertNegative: Int? = nil, alertLog: String? = nil) {
        self.alertNegative = alertNegative
        self.alertLog = alertLog
    }

    package func validate() throws(UsageError) {
        if let alertNegative, !(1...100).contains(alertNegative) {
            throw UsageError("--alert-negative must be between 1 and 100")
        }
        if let alertLog, alertLog.isEmpty { throw UsageError("--alert-log needs a file name") }
    }
}
