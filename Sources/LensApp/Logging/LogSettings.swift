import AWSClient
import ContactLensModel
import LensRecording
import Logging

extension OutputSettings {
    /// `events`, logged to --log-file when given; a file that cannot be opened is one clear error.
    /// `clock`'s adjustments are logged too: a clock minutes off shows as the offset requests are signed with.
    func logged(
        _ events: AsyncStream<FollowEvent>, context: [String: String],
        clock: ClockCorrection? = nil
    ) throws -> AsyncStream<FollowEvent> {
        guard let logFile else { return events }
        let file: PrivateFile
        do { file = try FileLogHandler.open(path: logFile) } catch { throw FatalError("--log-file: \(error.message)") }
        var logger = Logger(label: "lenstail") { label in FileLogHandler(file: file, label: label) }
        logger.logLevel = .info
        logger.info("follow starting", metadata: context.mapValues { .string($0) })
        clock?.onAdjustment { [logger] adjustment in logger.warning("\(FollowLog.describe(adjustment))") }
        return FollowLog(logger: logger).events(events)
    }
}
