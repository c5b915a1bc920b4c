import Synchronization

/// A lock for a class that guards several stored properties at once (what `NSLock` was here):
/// a `Mutex` holding nothing, so full Foundation is not linked for it.
package final class Lock: Sendable {
    private let mutex = Mutex<Void>(())

    package init() {}

    package func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try mutex.withLock { _ throws(E) -> T in try body() }
    }
}
