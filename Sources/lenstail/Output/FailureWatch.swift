import ContactLensModel
import Synchronization

/// Remembers a fatal follow error on its way to the full-screen view, so that lenstail still
/// exits 1 with the error line after the user has read it there and pressed q.
final class FailureWatch: Sendable {
    private let message = Mutex<String?>(nil)

    var failure: String? { message.withLock { $0 } }

    func watch(_ events: AsyncStream<FollowEvent>) -> AsyncStream<FollowEvent> {
        let (stream, continuation) = AsyncStream<FollowEvent>.makeStream(bufferingPolicy: .unbounded)
        let task = Task {
            for await event in events {
                if case .failed(let text) = event { message.withLock { $0 = text } }
                continuation.yield(event)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
