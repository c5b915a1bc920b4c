import AWSClient
import ContactLensModel

/// One scheduler for every contact of the wall, sharing the account's quota (a pure state
/// machine on elapsed time, like `PollerStateMachine`). Requests start one at a time, spaced
/// by the rate; each contact has a deadline, `⌈N / rate⌉ + 2 s` after its last poll. A free
/// slot goes by priority — never polled, then alerts, then the most recently active — only when
/// every other contact can still make its deadline if served right after in deadline order;
/// otherwise the most urgent contact gets it. Throttling halves the rate for everyone. Each
/// contact's own lifecycle (its token, an analysis not started yet, its backoff, its end) is its
/// `PollerStateMachine`: the scheduler only decides whose turn it is.
struct WallScheduler: Sendable {
    enum Decision: Sendable, Hashable {
        /// Start a request for the contact at `at` (elapsed), with its token.
        case poll(contactId: String, token: String?, at: Duration)
        /// Nothing to poll: no live contact.
        case idle
    }

    /// What a failure means for the contact.
    enum Outcome: Sendable, Hashable {
        case retrying
        case throttled(pause: Duration)
        case waitingForAnalysis
        case restarted
        /// The contact is polled no more; the message says why.
        case failed(String)
    }

    let configuration: WallSchedulerConfiguration
    private(set) var contacts: [String: WallContactState] = [:]
    private var sequence = 0
    private var lastStart: Duration?
    private var inFlight: String?
    /// 1 is the full rate; throttling halves it, successes give it back step by step.
    private(set) var rateFactor = 1.0
    private var pausedUntil = Duration.zero
    private let seed: UInt64
    /// How each contact is paged: the wall's interval, retries and waits; no pace of its own (the
    /// scheduler spaces every request) and no cap on tries to connect (the wall keeps watching).
    private let paging: PollerConfiguration

    init(configuration: WallSchedulerConfiguration, seed: UInt64 = 0) {
        self.configuration = configuration
        self.seed = seed
        paging = PollerConfiguration(
            pollInterval: configuration.pollInterval, maxRate: 0, maxResults: configuration.maxResults,
            retry: configuration.retry, maxWaitForAnalysis: configuration.maxWaitForAnalysis, connectAttempts: .max,
            notFoundInterval: configuration.notFoundInterval)
    }

    // MARK: The floor

    /// A contact to watch through `api`; adding it again changes nothing.
    mutating func add(_ contactId: String, api: SegmentsAPI = .voice, at now: Duration) {
        guard contacts[contactId] == nil else { return }
        sequence += 1
        let machine = PollerStateMachine(api: api, configuration: paging, seed: seed &+ UInt64(sequence))
        contacts[contactId] = WallContactState(id: contactId, order: sequence, firstSeen: now, paging: machine)
    }

    /// The call ended: polled a little longer for its last segments, then no more.
    mutating func ended(_ contactId: String, at now: Duration) {
        if contacts[contactId]?.endedAt == nil { contacts[contactId]?.endedAt = now }
    }

    mutating func setAlert(_ contactId: String, _ alert: Bool) { contacts[contactId]?.alert = alert }

    /// Contacts still polled.
    var liveCount: Int { contacts.values.count { !$0.done } }

    /// The rate in effect now (requests per second, all contacts together).
    var effectiveRate: Double { configuration.maxRate * rateFactor }

    /// How often each live contact can be refreshed at the rate in effect, in seconds.
    var refreshInterval: Double { Double(max(1, liveCount)) / effectiveRate }

    /// The promised longest wait between two polls of a contact: ⌈N / rate⌉ + 2 s.
    var deadlineWindow: Duration {
        .seconds(Int((Double(max(1, liveCount)) / effectiveRate).rounded(.up)) + 2)
    }

    private var spacing: Duration { PollerConfiguration.spacing(forRate: effectiveRate) }

    // MARK: Deciding

    /// The next request and when it may start; call again after anything changes.
    func next(at now: Duration) -> Decision {
        let live = contacts.values.filter { !$0.done && $0.id != inFlight }
        guard !live.isEmpty else { return .idle }
        var slot = max(now, pausedUntil)
        if let lastStart { slot = max(slot, lastStart + spacing) }
        let eligible = live.filter { $0.notBefore <= slot }
        guard !eligible.isEmpty else {
            let soonest = live.min { ($0.notBefore, $0.order) < ($1.notBefore, $1.order) }!
            return .poll(contactId: soonest.id, token: soonest.token, at: max(slot, soonest.notBefore))
        }
        let window = deadlineWindow
        let byDeadline = live.sorted { ($0.deadline(window), $0.order) < ($1.deadline(window), $1.order) }
        if let favourite = eligible.filter({ !$0.waiting }).min(by: { $0.precedes($1) }),
            canWait(byDeadline.filter { $0.id != favourite.id }, after: slot, window: window)
        {
            return .poll(contactId: favourite.id, token: favourite.token, at: slot)
        }
        let urgent = byDeadline.first { $0.notBefore <= slot }!
        return .poll(contactId: urgent.id, token: urgent.token, at: slot)
    }

    /// True when serving `others` in deadline order from the slot after `slot` meets every deadline.
    private func canWait(_ others: [WallContactState], after slot: Duration, window: Duration) -> Bool {
        var at = slot
        for contact in others {
            at += spacing
            if max(at, contact.notBefore) > contact.deadline(window) { return false }
        }
        return true
    }

    // MARK: Inputs

    /// The request for `contactId` went out.
    mutating func started(_ contactId: String, at now: Duration) {
        inFlight = contactId
        lastStart = now
        contacts[contactId]?.lastPolled = now
        contacts[contactId]?.polls += 1
    }

    /// A page arrived; true when it was the contact's last (the rule of the API that answered).
    @discardableResult
    mutating func received(_ contactId: String, _ page: FetchedPage, at now: Duration) -> Bool {
        inFlight = nil
        rateFactor = min(1, rateFactor + configuration.recoveryStep)
        guard var contact = contacts[contactId] else { return false }
        defer { contacts[contactId] = contact }
        if page.api != contact.paging.api { contact.paging = PollerStateMachine(switching: contact.paging, to: page.api) }
        guard case .fetch(_, let after) = contact.paging.received(page.response, at: now) else { return true }
        if !page.response.segments.isEmpty { contact.lastActivity = now }
        contact.notBefore = now + after
        if let ended = contact.endedAt, now - ended > configuration.endedGrace { contact.retired = true }
        return false
    }

    /// A request failed. Throttling slows the whole wall; anything else is the contact's own.
    mutating func failed(_ contactId: String, _ error: ClientError, at now: Duration) -> Outcome {
        inFlight = nil
        guard var contact = contacts[contactId] else { return .failed("not on the wall") }
        defer { contacts[contactId] = contact }
        contact.notBefore = now
        if error.isThrottling {
            rateFactor = max(configuration.slowestFactor, rateFactor / 2)
            let pause = max(spacing, min(error.retryAfter ?? .zero, configuration.retry.maxRetryAfter))
            pausedUntil = now + pause
            return .throttled(pause: pause)
        }
        let (action, notice) = contact.paging.failed(error, at: now)
        guard case .fetch(_, let after) = action else { return .failed(error.advice(credentialSource: nil)) }
        contact.notBefore = now + after
        switch notice {
        case .waitingForAnalysis: return .waitingForAnalysis
        case .restarted: return .restarted
        case .retrying, .none: return .retrying
        }
    }
}

/// One contact as the scheduler sees it: when it may and must be polled, and its paging.
struct WallContactState: Sendable {
    let id: String
    /// Discovery order, to break ties.
    let order: Int
    let firstSeen: Duration
    /// The contact's token, whether its analysis has started, its failures and its end.
    var paging: PollerStateMachine
    var lastPolled: Duration?
    var lastActivity: Duration?
    var alert = false
    var notBefore: Duration
    var endedAt: Duration?
    var polls = 0
    /// The call left the floor long enough ago: polled no more.
    var retired = false

    init(id: String, order: Int, firstSeen: Duration, paging: PollerStateMachine) {
        self.id = id
        self.order = order
        self.firstSeen = firstSeen
        self.paging = paging
        notBefore = firstSeen
    }

    var token: String? { paging.token }
    var waiting: Bool { paging.isWaitingForAnalysis }
    /// Finished, failed, or ended long enough ago.
    var done: Bool { paging.isDone || retired }

    func deadline(_ window: Duration) -> Duration { (lastPolled ?? firstSeen) + window }

    /// Priority for a free slot: never polled (in discovery order), then alerts (longest
    /// waiting), then the most recently active.
    func precedes(_ other: WallContactState) -> Bool {
        if (lastPolled == nil) != (other.lastPolled == nil) { return lastPolled == nil }
        if lastPolled == nil { return order < other.order }
        if alert != other.alert { return alert }
        if alert { return (lastPolled!, order) < (other.lastPolled!, other.order) }
        let mine = lastActivity ?? .seconds(-1_000_000_000)
        let theirs = other.lastActivity ?? .seconds(-1_000_000_000)
        if mine != theirs { return mine > theirs }
        return (lastPolled!, order) < (other.lastPolled!, other.order)
    }
}
