import ContactLensModel
import FoundationEssentials

/// `--on-alert CMD`: runs CMD once per new alert, at most `concurrency` at once; alerts beyond
/// those wait in a bounded queue, and beyond it are dropped (and said so). Submitting never
/// blocks, so neither the view nor the polling ever waits for a command.
package final class AlertCommandRunner: Sendable {
    package static let concurrency = 4
    package static let queueLimit = 64
    package static let timeout = Duration.seconds(10)

    private let continuation: AsyncStream<Data>.Continuation
    private let consumer: Task<Void, Never>
    private let report: @Sendable (String) -> Void
    private let limits: (concurrency: Int, queue: Int)

    /// `report` gets each failure once, as one line (a command that failed, timed out or could not
    /// start; an alert dropped because the queue was full).
    package init(
        command: String, concurrency: Int = AlertCommandRunner.concurrency, queueLimit: Int = AlertCommandRunner.queueLimit,
        timeout: Duration = AlertCommandRunner.timeout, grace: Duration = .seconds(2),
        report: @escaping @Sendable (String) -> Void
    ) {
        let (inputs, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingOldest(queueLimit))
        self.continuation = continuation
        self.report = report
        limits = (concurrency, queueLimit)
        consumer = Task {
            await withTaskGroup(of: Void.self) { group in
                var running = 0
                for await input in inputs {
                    if running >= concurrency {
                        await group.next()
                        running -= 1
                    }
                    running += 1
                    group.addTask {
                        if let failure = await AlertCommand.run(command, input: input, timeout: timeout, grace: grace) {
                            report(failure)
                        }
                    }
                }
            }
        }
    }

    /// Queues one run for the alert; returns at once.
    package func submit(_ alert: AlertCommandInput) {
        if case .dropped = continuation.yield(alert.encoded()) {
            report("--on-alert: an alert was dropped (\(limits.concurrency) commands running, \(limits.queue) waiting)")
        }
    }

    /// Takes no more alerts and waits for the queued and running commands (each bounded by the time limit).
    package func finish() async {
        continuation.finish()
        await consumer.value
    }

    deinit { continuation.finish() }
}
