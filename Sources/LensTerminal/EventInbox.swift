import Foundation
import LensUI

/// The mailbox from the engine and signal tasks to the thread that owns the terminal.
/// A lock-guarded queue is the one thing shared: events are handed over, never state.
final class EventInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AppEvent] = []

    func push(_ event: AppEvent) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    /// Everything queued so far, oldest first.
    func drain() -> [AppEvent] {
        lock.lock()
        defer { lock.unlock() }
        let out = events
        events.removeAll(keepingCapacity: true)
        return out
    }
}
