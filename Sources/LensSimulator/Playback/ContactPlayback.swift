import ContactLensModel
import FoundationEssentials

/// One contact's call as the simulator plays it: the clock starts at the first request, segments
/// are released when call time passes their release time, and pages are cut from the released
/// prefix. Pure: every question takes the time.
struct ContactPlayback: Sendable {
    let index: Int
    let contact: ScenarioContact
    let timeline: [TimedSegment]
    /// Served by the chat API; decided once (asking the contact scans every segment, and every
    /// request needs the answer).
    let isChat: Bool
    /// A chat's segments in its Redacted output, position for position with `timeline`.
    let redactedSegments: [Segment]
    let durationMillis: Int
    /// 1 is real time; `.infinity` releases everything at once.
    let speed: Double
    private(set) var startedAt: Date?
    /// When the contact was first asked for (its analysis may start later).
    private(set) var firstAskedAt: Date?
    /// The real-time API keeps a contact's analysis 24 hours after it ends: after this it is
    /// not found (its post-contact file in S3 is what remains). Nil: kept while the emulator runs.
    private(set) var keptUntil: Date?

    /// How long the real-time API keeps a finished contact's analysis.
    static let kept: TimeInterval = 24 * 3600

    init(index: Int, contact: ScenarioContact, speed: Double) {
        self.index = index
        self.contact = contact
        self.timeline = contact.timeline
        isChat = contact.isChat
        redactedSegments = isChat ? ChatRedactor.redacted(timeline.map(\.segment)) : []
        self.durationMillis = timeline.last?.releaseAtMillis ?? 0
        self.speed = speed
    }

    /// Starts the call at `date`, whenever it is first asked for (a floor's calls start on the
    /// emulator's clock); before then its analysis does not exist.
    mutating func schedule(startAt date: Date, endAt end: Date) {
        startedAt = date
        firstAskedAt = date
        keptUntil = end.addingTimeInterval(Self.kept)
    }

    /// False once the real-time API has forgotten the contact.
    func isKept(at now: Date) -> Bool { keptUntil.map { now <= $0 } ?? true }

    /// Starts the call clock unless it already runs.
    mutating func start(at now: Date) {
        if startedAt == nil { startedAt = now }
    }

    /// Notes a request at `now`; false while the analysis has not started yet (the scenario's
    /// `AnalysisStartsAfterMillis` of call time after the first request).
    mutating func analysisStarted(askedAt now: Date) -> Bool {
        let first = firstAskedAt ?? now
        firstAskedAt = first
        guard let delay = contact.analysisStartsAfterMillis, delay > 0, !speed.isInfinite else { return true }
        return now.timeIntervalSince(first) * 1000 * speed >= Double(delay)
    }

    /// Milliseconds of call time elapsed at `now` (0 before the call starts).
    func callMillis(at now: Date) -> Double {
        guard let startedAt else { return 0 }
        if speed.isInfinite { return .infinity }
        return max(0, now.timeIntervalSince(startedAt)) * 1_000 * speed
    }

    /// How many segments are available at `now`; they are always a prefix of the timeline, which
    /// is in release order, so it is found by bisection (every request asks).
    func releasedCount(at now: Date) -> Int {
        let elapsed = callMillis(at: now)
        if elapsed == .infinity { return timeline.count }
        var low = 0
        var high = timeline.count
        while low < high {
            let middle = (low + high) / 2
            if Double(timeline[middle].releaseAtMillis) > elapsed { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// True once the call and its analysis are over: nothing more will be released.
    func isOver(at now: Date) -> Bool {
        startedAt != nil && callMillis(at: now) >= Double(durationMillis)
    }

    /// Up to `maxResults` released segments from `position`, and the position to continue from;
    /// `next` is nil only when the call is over and this page delivers the last segment.
    func page(from position: Int, maxResults: Int, at now: Date) -> PlaybackPage {
        let (range, next) = pageRange(from: position, maxResults: maxResults, at: now)
        return PlaybackPage(segments: timeline[range].map(\.segment), next: next)
    }

    /// The timeline positions `page(from:maxResults:at:)` delivers, and where to continue.
    func pageRange(from position: Int, maxResults: Int, at now: Date) -> (range: Range<Int>, next: Int?) {
        let released = releasedCount(at: now)
        let start = min(position, released)
        let end = min(released, start + maxResults)
        let finished = isOver(at: now) && end == timeline.count
        return (start..<end, finished ? nil : end)
    }
}

/// A page cut from a contact's released segments.
struct PlaybackPage: Hashable, Sendable {
    var segments: [Segment]
    /// The position the next page starts from; nil when the analysis is complete.
    var next: Int?
}
