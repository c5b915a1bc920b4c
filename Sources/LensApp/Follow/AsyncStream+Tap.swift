import ContactLensModel

extension AsyncStream where Element == FollowEvent {
    /// The same events, each shown to `observe` on its way. Pulled like its source: nothing is
    /// read ahead of the consumer, so the engine's backpressure reaches through the tap.
    func tapped(_ observe: @escaping @Sendable (FollowEvent) -> Void) -> AsyncStream<FollowEvent> {
        let source = PulledIterator(self)
        return AsyncStream(unfolding: {
            let event = await source.next()
            if let event { observe(event) }
            return event
        })
    }
}

/// An iterator held by an actor, so a pulled stream's @Sendable closure can advance it.
private actor PulledIterator<Element: Sendable> {
    private var iterator: AsyncStream<Element>.Iterator

    init(_ stream: AsyncStream<Element>) { iterator = stream.makeAsyncIterator() }

    /// One consumer calls this at a time; the copy is because an actor's property cannot be
    /// mutated across a suspension (the iterator is a reference underneath, so nothing is lost).
    func next() async -> Element? {
        var iterator = self.iterator
        let element = await iterator.next(isolation: self)
        self.iterator = iterator
        return element
    }
}
