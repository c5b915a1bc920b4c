import Foundation
import LensUI

/// The mailbox from the engine and signal tasks to the thread that owns the terminal.
/// A lock-guarded queue is the one thing shared: events are handed over, never state. Each push
/// wakes the terminal thread out of its wait.
final class EventInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AppEvent] = []
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) { self.wake = wake }

    func push(_ event: AppEvent) {
        lock.withLock { events.append(event) }
        wake()
    }

    /// Everything queued so far, oldest first.
    func drain() -> [AppEvent] {
        lock.withLock {
            let out = events
            events.removeAll(keepingCapacity: true)
            return out
        }
    }
}
