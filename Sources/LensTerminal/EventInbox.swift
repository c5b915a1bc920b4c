import ContactLensModel
import Foundation
import LensUI

/// The mailbox from the engine and signal tasks to the thread that owns the terminal.
/// A lock-guarded queue is the one thing shared: events are handed over, never state. Each push
/// wakes the terminal thread out of its wait. Engine events are bounded: past `capacity` not yet
/// drawn, the engine's sender waits, and with it the polling (a stalled terminal holds it).
final class EventInbox: @unchecked Sendable {
    static let capacity = 256

    private let lock = NSLock()
    private var events: [AppEvent] = []
    private var engineBacklog = 0
    private var sender: CheckedContinuation<Void, Never>?
    private var closed = false
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) { self.wake = wake }

    func push(_ event: AppEvent) {
        lock.withLock { events.append(event) }
        wake()
    }

    /// Queues an engine event; returns once there is room for the next.
    func push(engine event: FollowEvent) async {
        await withCheckedContinuation { continuation in
            let full = lock.withLock { () -> Bool in
                events.append(.engine(event))
                engineBacklog += 1
                guard engineBacklog >= Self.capacity, !closed else { return false }
                sender = continuation
                return true
            }
            wake()
            if !full { continuation.resume() }
        }
    }

    /// Everything queued so far, oldest first; a waiting sender goes on.
    func drain() -> [AppEvent] {
        let (out, waiting) = lock.withLock {
            let out = events
            events.removeAll(keepingCapacity: true)
            engineBacklog = 0
            defer { sender = nil }
            return (out, sender)
        }
        waiting?.resume()
        return out
    }

    /// The view is gone: no sender waits any more.
    func close() {
        let waiting = lock.withLock {
            closed = true
            defer { sender = nil }
            return sender
        }
        waiting?.resume()
    }
}
