import ContactLensModel

extension AsyncStream where Element == FollowEvent {
    /// The same events, each shown to `observe` on its way; stopping the result stops the source.
    func tapped(_ observe: @escaping @Sendable (FollowEvent) -> Void) -> AsyncStream<FollowEvent> {
        let (stream, continuation) = AsyncStream<FollowEvent>.makeStream(bufferingPolicy: .unbounded)
        let task = Task {
            for await event in self {
                observe(event)
                continuation.yield(event)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
