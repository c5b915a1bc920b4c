import FoundationEssentials
import LensBasics

/// The mailbox from the engine, player and signal tasks to the thread that owns the terminal.
/// A lock-guarded queue is the one thing
/// shared: events are handed over, never state. Each push wakes the terminal thread out of its
/// wait. Engine events are bounded: past `capacity` not yet drawn, their sender waits, and with it
/// the polling (a stalled terminal holds it).
final class EventInbox<Event: Sendable>: @unchecked Sendable {
    let capacity = 256

    private let lock = Lock()
    private var events: [Event] = []
    private var backlog = 0
    private var sender: CheckedContinuation<Void, Never>?
    private var closed = false
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) { self.wake = wake }

    /// Queues a signal, a key or a player update: never waits.
    func push(_ event: Event) {
        lock.withLock { events.append(event) }
        wake()
    }

    /// Queues an engine event; returns once there is room for the next.
    func send(_ event: Event) async {
        await withCheckedContinuation { continuation in
            let full = lock.withLock { () -> Bool in
                events.append(event)
                backlog += 1
                guard backlog >= capacity, !closed else { return false }
                sender = continuation
                return true
            }
            wake()
            if !full { continuation.resume() }
        }
    }

    /// Everything queued so far, oldest first; a waiting sender goes on.
    func drain() -> [Event] {
        let (out, waiting) = lock.withLock {
            let out = events
            events.removeAll(keepingCapacity: true)
            backlog = 0
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
