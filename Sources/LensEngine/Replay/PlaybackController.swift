import ContactLensModel
import FoundationEssentials

/// Plays a schedule on the call's own clock as a `ContactSource`, and takes the player's
/// controls. A seek backwards yields `.status(.restarted)` followed by the whole call up to the
/// new position: a consumer clears its store on `.restarted`.
package actor PlaybackController: ContactSource {
    /// The replay's events: segments as their call time comes, then `.status(.completed)` and
    /// `.finished` at the end (the stream ends there unless `holdAtEnd`). One reader.
    private nonisolated let stream: AsyncStream<FollowEvent>
    private let continuation: AsyncStream<FollowEvent>.Continuation
    private var state: PlaybackState
    private let holdAtEnd: Bool
    /// False when the pages stop before the analysis completed (the last one had a NextToken).
    private let complete: Bool
    private let now: @Sendable () -> Duration
    private let sleep: @Sendable (Duration) async throws -> Void
    private var timer: Task<Void, Never>?
    private var started = false
    /// How many turns the whole call brings.
    package nonisolated let turnCount: Int

    /// `now` and `sleep` default to a ContinuousClock; tests may pass a manual clock.
    package init(
        schedule: PlaybackSchedule, speed: PlaybackSpeed, holdAtEnd: Bool = false, complete: Bool = true,
        now: (@Sendable () -> Duration)? = nil, sleep: (@Sendable (Duration) async throws -> Void)? = nil
    ) {
        let clock = ContinuousClock()
        let origin = clock.now
        self.now = now ?? { origin.duration(to: clock.now) }
        self.sleep = sleep ?? { try await clock.sleep(for: $0) }
        self.holdAtEnd = holdAtEnd
        self.complete = complete
        turnCount = schedule.turnCount
        (stream, continuation) = AsyncStream.makeStream(of: FollowEvent.self, bufferingPolicy: .unbounded)
        // Held until `start()`, so the time before it does not count.
        var initial = PlaybackState(schedule: schedule, speed: speed, at: self.now())
        initial.pause(at: self.now())
        state = initial
    }

    package nonisolated func events() -> AsyncStream<FollowEvent> { stream }

    /// Starts playing from the current position (once).
    package func start() {
        guard !started else { return }
        started = true
        continuation.onTermination = { [weak self] _ in
            Task { await self?.stop() }
        }
        state.resume(at: now())
        continuation.yield(.status(.live(lastSuccess: Date())))
        tick()
    }

    package var progress: PlaybackProgress { state.progress(at: now()) }

    package func pause() {
        state.pause(at: now())
        tick()
    }
    package func resume() {
        state.resume(at: now())
        tick()
    }
    package func togglePause() { state.isPaused ? resume() : pause() }
    package func setSpeed(_ speed: PlaybackSpeed) {
        state.setSpeed(speed, at: now())
        tick()
    }
    package func seek(by millis: Int) {
        state.seek(by: Double(millis), at: now())
        tick()
    }
    package func seek(to millis: Int) {
        state.seek(to: Double(millis), at: now())
        tick()
    }
    package func jumpToStart() { seek(to: 0) }
    package func jumpToEnd() { seek(to: state.schedule.lengthMillis) }

    /// Stops the timer and ends the stream.
    package func stop() {
        timer?.cancel()
        timer = nil
        continuation.finish()
    }

    /// Delivers what is due, then sleeps until the next item or a control wakes it.
    private func tick() {
        guard started else { return }
        let step = state.advance(at: now())
        if step.restart {
            let at = CallTime.format(millis: state.progress(at: now()).positionMillis)
            continuation.yield(.status(.restarted(reason: "replay moved back to \(at)")))
            continuation.yield(.status(.live(lastSuccess: Date())))
        }
        if !step.segments.isEmpty {
            continuation.yield(.segments(step.segments, receivedAt: Date()))
        }
        if step.reachedEnd {
            continuation.yield(
                .status(complete ? .completed : .ended(reason: "the recording stops before the analysis completed")))
            continuation.yield(.finished)
            if !holdAtEnd { return stop() }
        }
        timer?.cancel()
        guard let wait = state.nextWake(at: now()) else {
            timer = nil
            return
        }
        timer = Task { [sleep] in
            do { try await sleep(wait) } catch { return }
            self.tick()
        }
    }
}
