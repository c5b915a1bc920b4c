/// The wall's alerts beyond `--alert`: `--alert-negative N` (a run of negative customer turns),
/// `--alert-wait DURATION` (a queue's oldest caller waits longer) and `--alert-log FILE` (one
/// JSON line per alert).
package struct WallAlertSettings: Sendable, Hashable {
    package var alertNegative: Int?
    package var alertLog: String?
    package var alertWait: Duration?

    /// `--alert-wait` from 1 s to a day: the figures come every 5 s, and no caller waits a day.
    package static let alertWaitRange = Duration.seconds(1)...Duration.seconds(86_400)

    package init(alertNegative: Int? = nil, alertLog: String? = nil, alertWait: Duration? = nil) {
        self.alertNegative = alertNegative
        self.alertLog = alertLog
        self.alertWait = alertWait
    }

    package func validate() throws(UsageError) {
        if let alertNegative, !(1...100).contains(alertNegative) {
            throw UsageError("--alert-negative must be between 1 and 100")
        }
        if let alertLog, alertLog.isEmpty { throw UsageError("--alert-log needs a file name") }
        if let alertWait, !Self.alertWaitRange.contains(alertWait) {
            throw UsageError("--alert-wait must be between 1s and 24h (the queue figures come every 5 s)")
        }
    }
}
