import FoundationEssentials

/// `--alert-wait`: a queue whose oldest caller has waited longer than the threshold alerts once,
/// and again only after its wait fell back under it (the caller was answered or hung up). One
/// piece for the wall's view and its JSON lines.
package struct QueueWaitAlerts: Sendable, Hashable {
    /// Seconds; nil: no queue alerts.
    package let threshold: Double?
    /// Queues whose oldest caller waits longer, as of the last figures.
    package private(set) var over: Set<String> = []

    package init(threshold: Double?) { self.threshold = threshold }

    /// True when the queue's oldest caller waits longer than the threshold.
    package func isOver(_ figures: QueueFigures) -> Bool {
        guard let threshold, let oldest = figures.oldestWait, figures.waiting != 0 else { return false }
        return oldest > threshold
    }

    /// Takes new figures; answers the alerts of the queues that crossed the threshold since the last.
    package mutating func update(_ figures: [QueueFigures], at time: Date) -> [WallAlert] {
        guard let threshold else { return [] }
        let now = Set(figures.filter(isOver).map(\.queueId))
        defer { over = now }
        return figures.filter { now.contains($0.queueId) && !over.contains($0.queueId) }.map {
            WallAlert(queueWait: $0, threshold: threshold, at: time)
        }
    }
}

extension WallAlert {
    /// A queue's alert: its oldest caller waits longer than `threshold` seconds. No contact or
    /// agent ("-"): it is the queue's.
    package init(queueWait figures: QueueFigures, threshold: Double, at time: Date) {
        self.time = time
        contactId = "-"
        agent = "-"
        queue = figures.name
        kind = .wait
        detail =
            "oldest caller waiting \(Self.seconds(figures.oldestWait ?? 0)) (over \(Self.seconds(threshold))), "
            + "\(figures.waiting.map(String.init) ?? "?") waiting"
    }

    /// `95` → `1m35s`, as the wall writes durations.
    package static func seconds(_ value: Double) -> String {
        let t = max(0, Int(value.rounded(.down)))
        if t < 60 { return "\(t)s" }
        if t < 3600 { return "\(t / 60)m" + (t % 60 < 10 ? "0" : "") + "\(t % 60)s" }
        return "\(t / 3600)h" + (t / 60 % 60 < 10 ? "0" : "") + "\(t / 60 % 60)m"
    }
}
