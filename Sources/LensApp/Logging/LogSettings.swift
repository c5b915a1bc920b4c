import AWSClient
import ContactLensModel
import LensRecording
import LensUI
import Logging

extension OutputSettings {
    /// The `--log-file` log of a follow when one was asked for; a file that cannot be opened is
    /// one clear error. `clock`'s adjustments are logged too: a clock minutes off shows as the
    /// offset requests are signed with.
    func makeLog(_ session: SessionInfo, clock: ClockCorrection? = nil) throws -> FollowLog? {
        guard let logFile else { return nil }
        let file: PrivateFile
        do { file = try FileLogHandler.open(path: logFile) } catch { throw FatalError("--log-file: \(error.message)") }
        var logger = Logger(label: "lenstail") { label in FileLogHandler(file: file, label: label) }
        logger.logLevel = .info
        let context = ["instance": session.instanceId, "contact": session.contactId, "endpoint": session.endpoint]
        logger.info("follow starting", metadata: context.mapValues { .string($0) })
        clock?.onAdjustment { [logger] adjustment in logger.warning("\(FollowLog.describe(adjustment))") }
        return FollowLog(logger: logger)
    }
}
