import AWSClient
import ContactLensModel

/// One contact's paging as a pure state machine (after AsyncHTTPClient's connection-pool
/// machines): connecting, waiting for the analysis to start, following a token, backing off,
/// finished or failed; each input returns the next action. Every reader of the segments API runs
/// it — a follow (`Follower`), each contact of the wall (`WallScheduler`), a fetch to the end
/// (`ContactFetcher`) — so the rules of paging (when to ask again, a refused token, a contact not
/// found yet, a contact still live) are written here only. It is made for one API and ends on
/// that API's last page (`SegmentsAPI.isLast`). Time is "elapsed since the paging started", so
/// tables can test it without a clock.
struct PollerStateMachine: Sendable {
    enum Action: Sendable, Hashable {
        /// Wait `after`, then call with `token` (nil: from the beginning).
        case fetch(token: String?, after: Duration)
        /// The analysis is complete: no further call.
        case finish
        /// Stop for good with this error.
        case fail(ClientError)
    }

    /// What the machine tells the consumer besides the next action.
    enum Notice: Sendable, Hashable {
        case none
        case retrying(attempt: Int, delay: Duration)
        /// The service refused the token: starting again from the beginning after `delay`.
        case restarted(delay: Duration)
        /// The contact's analysis does not exist yet; waiting for it since `since`.
        case waitingForAnalysis(since: Duration)
    }

    /// Where the contact's paging is. Each case holds only what it needs.
    enum State: Sendable, Hashable {
        /// Nothing answered yet; `failures` attempts in a row went wrong.
        case connecting(failures: Int)
        /// The service says the contact's analysis does not exist (yet): it starts when the call
        /// reaches an agent. Polling at the normal pace until `since + maxWaitForAnalysis`.
        case waitingForAnalysis(since: Duration)
        /// Pages are coming. `token` is where the next request starts (nil: the beginning).
        /// `rejections` remembers refused tokens, so a token refused again and again backs off
        /// like any failure instead of restarting as fast as the rate allows.
        case following(token: String?, failures: Int, rejections: Rejections?)
        case finished
        case failed
    }

    /// Tokens the service refused, the last one at `last`; refusals further apart than
    /// `PollerConfiguration.rejectionMemory` start the count again.
    struct Rejections: Sendable, Hashable {
        var count: Int
        var last: Duration
    }

    /// The API the contact is paged through; its last-page rule is the machine's.
    let api: SegmentsAPI
    private(set) var state: State = .connecting(failures: 0)
    private var lastStart: Duration?
    private let configuration: PollerConfiguration
    private var random: SeededGenerator
    /// Pages in a row that left the analysis open and brought nothing new.
    private var quietPages = 0
    /// The last page was a chat's IN_PROGRESS with no page left: it has nothing more yet.
    private var caughtUp = false

    init(api: SegmentsAPI = .voice, configuration: PollerConfiguration, seed: UInt64 = .random(in: 0...UInt64.max)) {
        self.api = api
        self.configuration = configuration
        self.random = SeededGenerator(seed: seed)
    }

    /// The machine for the other API, after a `ChannelRouter` in `auto` switched (the service said
    /// the contact is on the other channel) and started again from the beginning there: the
    /// pace and whether the service has answered are kept, the place is not.
    init(switching machine: PollerStateMachine, to api: SegmentsAPI) {
        self = PollerStateMachine(api: api, configuration: machine.configuration, seed: 0)
        random = machine.random
        lastStart = machine.lastStart
        hasConnected = machine.hasConnected
    }

    /// The token the next request sends.
    var token: String? {
        if case .following(let token, _, _) = state { return token }
        return nil
    }

    var isDone: Bool { state == .finished || state == .failed }

    /// The service says the contact's analysis has not started yet.
    var isWaitingForAnalysis: Bool {
        if case .waitingForAnalysis = state { return true }
        return false
    }

    /// True once the service has answered at all (even "not found").
    private(set) var hasConnected = false

    mutating func start() -> Action { .fetch(token: nil, after: .zero) }

    /// Call when a request actually goes out, so the rate limit counts real starts.
    mutating func requestStarted(at now: Duration) { lastStart = now }

    /// A page arrived: ask again at once when it was full, after the poll interval when not,
    /// never after the last page (by the rule of the machine's API). A chat's page without a
    /// token while it is IN_PROGRESS is asked for again from the same place.
    mutating func received(_ page: ListSegmentsResponse, at now: Duration) -> Action {
        hasConnected = true
        if api.isLast(page) {
            state = .finished
            return .finish
        }
        let next = page.nextToken ?? token
        caughtUp = page.nextToken == nil
        quietPages = page.segments.isEmpty && !caughtUp ? quietPages + 1 : 0
        let rejections: Rejections? = if case .following(_, _, let rejections) = state { rejections } else { nil }
        state = .following(token: next, failures: 0, rejections: rejections)
        let wanted = page.segments.count >= configuration.maxResults ? Duration.zero : configuration.pollInterval
        return .fetch(token: next, after: paced(wanted, at: now))
    }

    /// Why a reader that wants the contact whole (replay, export) cannot have it yet: the
    /// analysis is still live. A chat the service calls IN_PROGRESS with no page left says so at
    /// once; a call only by `quietPages` pages in a row that kept a NextToken and brought nothing.
    func stillLive(afterQuietPages limit: Int) -> String? {
        if caughtUp { return "the chat API says IN_PROGRESS" }
        if quietPages >= limit { return "the API keeps sending NextToken with no new segments" }
        return nil
    }

    /// A call failed: wait for the analysis to start, start over when the service refused our
    /// token, back off and keep the place on transient errors, stop on anything else.
    mutating func failed(_ error: ClientError, at now: Duration) -> (Action, Notice) {
        if case .service = error { hasConnected = true }
        switch state {
        case _ where error.isInstanceNotFound || error.isUnknownContact:
            // The instance (or, says DescribeContact, the contact) is unknown: waiting cannot help.
            return fail(error)
        case .connecting(let failures):
            if error.isNotFound, configuration.maxWaitForAnalysis > .zero {
                return waitForAnalysis(since: now, error: error, at: now)
            }
            // A host that never answers is not worth waiting for: a few tries, then one line.
            if case .cannotConnect = error, !hasConnected, failures + 1 >= configuration.connectAttempts {
                return fail(error)
            }
            return retry(error, failures: failures + 1, at: now) { .connecting(failures: $0) }
        case .waitingForAnalysis(let since):
            guard error.isNotFound else {
                return retry(error, failures: 1, at: now) { _ in .waitingForAnalysis(since: since) }
            }
            return waitForAnalysis(since: since, error: error, at: now)
        case .following(.some, _, let previous) where error.isInvalidRequest:
            // The first refusal restarts at once; one soon after another backs off.
            var rejections = Rejections(count: 1, last: now)
            if let previous, now - previous.last < configuration.rejectionMemory { rejections.count = previous.count + 1 }
            let delay = rejections.count == 1 ? .zero : backoff(error, attempt: rejections.count - 1)
            state = .following(token: nil, failures: 0, rejections: rejections)
            let wait = paced(delay, at: now)
            return (.fetch(token: nil, after: wait), .restarted(delay: wait))
        case .following(let token, let failures, let rejections):
            return retry(error, failures: failures + 1, at: now) {
                .following(token: token, failures: $0, rejections: rejections)
            }
        case .finished, .failed:
            return (.fail(error), .none)
        }
    }

    // MARK: Steps

    private mutating func waitForAnalysis(since: Duration, error: ClientError, at now: Duration) -> (Action, Notice) {
        guard now - since < configuration.maxWaitForAnalysis else { return fail(error) }
        state = .waitingForAnalysis(since: since)
        let wait = paced(configuration.notFoundInterval ?? configuration.pollInterval, at: now)
        return (.fetch(token: nil, after: wait), .waitingForAnalysis(since: since))
    }

    private mutating func retry(
        _ error: ClientError, failures: Int, at now: Duration,
        next: (Int) -> State
    ) -> (Action, Notice) {
        let jitter = nextJitter()
        switch configuration.retry.decide(after: error, attempt: failures, jitter: jitter) {
        case .retry(let delay):
            state = next(failures)
            let wait = paced(delay, at: now)
            return (.fetch(token: token, after: wait), .retrying(attempt: failures, delay: wait))
        case .fail:
            return fail(error)
        }
    }

    private mutating func fail(_ error: ClientError) -> (Action, Notice) {
        state = .failed
        return (.fail(error), .none)
    }

    /// The retry policy's pause for a repeated refusal (no server hint applies).
    private mutating func backoff(_ error: ClientError, attempt: Int) -> Duration {
        configuration.retry.delay(attempt: attempt, retryAfter: nil, jitter: nextJitter())
    }

    private mutating func nextJitter() -> Double { Double(random.next() >> 11) / Double(1 << 53) }

    /// `wanted`, stretched so two request starts are never closer than the rate allows.
    private func paced(_ wanted: Duration, at now: Duration) -> Duration {
        guard let lastStart else { return wanted }
        let earliest = lastStart + configuration.minimumSpacing - now
        return max(wanted, earliest, .zero)
    }
}

extension ClientError {
    /// The service says the contact (or its analysis) does not exist (yet).
    var isNotFound: Bool {
        if case .service(let error) = self { return error.code == ServiceErrorCode.resourceNotFound.rawValue }
        return false
    }
}
