import ContactLensModel

/// The pure state of a replay: position on the call's clock, speed, pause, seeking. Every
/// question takes the current time (any monotonic `Duration`), so tests drive it by hand.
package struct PlaybackState: Sendable {
    package let schedule: PlaybackSchedule
    package private(set) var speed: PlaybackSpeed
    package private(set) var isPaused = false
    /// The position (ms of call time) at `anchorTime`; it moves on from there unless paused.
    private var anchorPosition: Double = 0
    private var anchorTime: Duration
    /// What the consumer has had so far (a prefix of the schedule).
    package private(set) var delivered = PlaybackSchedule.Position.start
    /// After a seek backwards: the consumer must start over from the first item.
    private var restartPending = false
    private var endReported = false

    package init(schedule: PlaybackSchedule, speed: PlaybackSpeed, at now: Duration) {
        self.schedule = schedule
        self.speed = speed
        self.anchorTime = now
    }

    private var length: Double { Double(schedule.lengthMillis) }

    /// The position in ms of call time, within 0...length.
    package func position(at now: Duration) -> Double {
        if isPaused { return anchorPosition }
        switch speed {
        case .instant: return length
        case .times(let factor):
            let moved = Double((now - anchorTime) / .milliseconds(1)) * factor
            return min(length, max(0, anchorPosition + moved))
        }
    }

    /// What the consumer should get now: due items not yet delivered, after a restart if a seek
    /// went backwards; `reachedEnd` once, when the end is first reached.
    package mutating func advance(at now: Duration) -> PlaybackStep {
        let position = position(at: now)
        let due = schedule.due(at: position)
        var step = PlaybackStep()
        if restartPending {
            step.restart = true
            restartPending = false
        }
        if due.count > delivered.count {
            step.segments = schedule.segments(from: delivered, to: due)
            delivered = due
        }
        if delivered == schedule.end, position >= length, !endReported {
            endReported = true
            step.reachedEnd = true
        }
        return step
    }

    /// How long from `now` until the next item or the end is due; nil when paused or done.
    package func nextWake(at now: Duration) -> Duration? {
        if isPaused || (endReported && !restartPending) { return nil }
        guard case .times(let factor) = speed else { return .zero }
        let target = schedule.nextMillis(after: delivered).map(Double.init) ?? length
        let remaining = max(0, target - position(at: now)) / factor
        return .microseconds(Int(saturating: (remaining * 1000).rounded(.up)))
    }

    package mutating func pause(at now: Duration) {
        guard !isPaused else { return }
        reanchor(at: now)
        isPaused = true
    }

    package mutating func resume(at now: Duration) {
        guard isPaused else { return }
        anchorTime = now
        isPaused = false
    }

    package mutating func setSpeed(_ speed: PlaybackSpeed, at now: Duration) {
        reanchor(at: now)
        self.speed = speed
    }

    /// Moves to `millis` of call time (clamped to the call); backwards means starting over.
    package mutating func seek(to millis: Double, at now: Duration) {
        let target = min(length, max(0, millis))
        if speed == .instant { speed = .times(PlaybackSpeed.steps.last!) }
        anchorPosition = target
        anchorTime = now
        let due = schedule.due(at: target)
        if due.count < delivered.count {
            delivered = .start
            restartPending = true
        }
        if target < length { endReported = false }
    }

    package mutating func seek(by millis: Double, at now: Duration) {
        seek(to: position(at: now) + millis, at: now)
    }

    package func progress(at now: Duration) -> PlaybackProgress {
        // Doubles near Int.max round: the position never reads past the call's own length.
        let position = position(at: now)
        let millis = position >= length ? schedule.lengthMillis : min(schedule.lengthMillis, Int(saturating: position))
        return PlaybackProgress(
            positionMillis: millis, lengthMillis: schedule.lengthMillis,
            speed: speed, isPaused: isPaused, isAtEnd: endReported)
    }

    private mutating func reanchor(at now: Duration) {
        anchorPosition = position(at: now)
        anchorTime = now
    }
}

/// One step of a replay for its consumer.
package struct PlaybackStep: Sendable, Hashable {
    /// The consumer should forget what it has and take `segments` as the whole call so far.
    package var restart = false
    package var segments: [Segment] = []
    /// The end of the call was just reached.
    package var reachedEnd = false
}

/// Where a replay is, for a progress line.
package struct PlaybackProgress: Sendable, Hashable {
    package var positionMillis: Int
    package var lengthMillis: Int
    package var speed: PlaybackSpeed
    package var isPaused: Bool
    package var isAtEnd: Bool
}
