import Foundation

/// Runs blocking or CPU-heavy test work on a thread of its own. On two cores the concurrency pool
/// has two threads: a test that holds one for seconds starves the in-process emulators and
/// servers that other tests, running beside it, are waiting on.
package func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
