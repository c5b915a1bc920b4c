import ContactLensModel
import FoundationEssentials

/// What the queue strip shows: the watched queues' latest figures (GetCurrentMetricData every
/// 5 s), a problem reading them, and which queues are over `--alert-wait`.
package struct WallQueues: Sendable {
    package var figures: [QueueFigures] = []
    /// The figures' snapshot time; nil until the first answer.
    package var at: Date?
    /// Why the last refresh failed (the figures shown are then older); nil once one works again.
    package var problem: String?
    /// Reading the figures stopped for good (a missing permission): the wall goes on without the strip.
    package var stopped = false
    package var alerts: QueueWaitAlerts

    package init(alertWait: TimeInterval?) { alerts = QueueWaitAlerts(threshold: alertWait) }

    /// True when the strip has something to say.
    package var shown: Bool { !stopped && (at != nil || problem != nil) }

    /// Queues whose oldest caller waits longer than `--alert-wait`.
    package var alertedCount: Int { alerts.over.count }
}
