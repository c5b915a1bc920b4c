import ContactLensModel
import Synchronization

/// Remembers a fatal follow error on its way to the full-screen view, so that lenstail still
/// exits 1 with the error line after the user has read it there and pressed q.
final class FailureWatch: Sendable {
    private let message = Mutex<String?>(nil)

    var failure: String? { message.withLock { $0 } }

    func watch(_ events: AsyncStream<FollowEvent>) -> AsyncStream<FollowEvent> {
        events.tapped { [self] event in
            if case .failed(let text) = event { self.message.withLock { $0 = text } }
        }
    }
}
