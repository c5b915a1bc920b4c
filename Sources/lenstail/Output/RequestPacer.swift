/// Keeps the starts of two requests at least `interval` apart, waiting only for what is left of
/// it. (`ContactFetcher`'s own pause adds the whole interval after every response, which at
/// `--max-rate 1000` was a third of a fast fetch: it is given zero and paced here instead.)
actor RequestPacer {
    let interval: Duration
    private let clock = ContinuousClock()
    private var lastStart: ContinuousClock.Instant?

    init(interval: Duration) { self.interval = interval }

    /// Returns when the next request may start, and counts it as started.
    func next() async throws {
        if let lastStart, lastStart + interval > clock.now {
            try await clock.sleep(until: lastStart + interval)
        }
        lastStart = clock.now
    }
}
