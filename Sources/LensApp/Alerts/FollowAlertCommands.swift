import ContactLensModel
import FoundationEssentials
import Logging
import Synchronization

/// `--on-alert` for one followed contact: the same rules as the view's and the lines' (`ContactAlerts`
/// over its own store), so the command runs alike in the view and with `--output`. Failures go
/// to `--log-file` and to `notices` (the view's status line, or standard error without a view).
final class FollowAlertCommands: Sendable {
    private struct Seen {
        var store = TranscriptStore()
        var alerts = ContactAlerts()
    }

    private let contactId: String
    private let rules: AlertRules
    private let seen = Mutex(Seen())
    private let runner: AlertCommandRunner
    private let noticesEnd: AsyncStream<String>.Continuation
    /// Each failure once, as one line.
    let notices: AsyncStream<String>

    init(command: String, contactId: String, rules: AlertRules, log: FollowLog?) {
        self.contactId = contactId
        self.rules = rules
        let (notices, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        self.notices = notices
        noticesEnd = continuation
        runner = AlertCommandRunner(command: command) { failure in
            log?.logger.warning("\(failure)")
            continuation.yield(failure)
        }
    }

    /// The same events; each page's new alerts start a command on the way (without waiting for it).
    func watch(_ events: AsyncStream<FollowEvent>) -> AsyncStream<FollowEvent> {
        events.tapped { [self] event in
            guard case .segments(let segments, _) = event else { return }
            let raised = seen.withLock { seen in
                _ = seen.store.apply(segments)
                return seen.alerts.update(in: seen.store, rules: rules)
            }
            for alert in raised {
                runner.submit(AlertCommandInput(WallAlert(alert, contactId: contactId, names: nil, at: Date())))
            }
        }
    }

    /// Waits for the commands still queued or running (each bounded by the time limit), then ends `notices`.
    func finish() async {
        await runner.finish()
        noticesEnd.finish()
    }
}
