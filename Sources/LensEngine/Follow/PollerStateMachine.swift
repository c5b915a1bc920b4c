import AWSClient
import ContactLensModel

/// The follow loop as a pure state machine: each input returns the next action.
/// Time is "elapsed since the follow started", so tables can test it without a clock.
public struct PollerStateMachine: Sendable {
    public enum Action: Sendable, Hashable {
        /// Wait `after`, then call with `token` (nil: from the beginning).
        case fetch(token: String?, after: Duration)
        /// The analysis is complete: no further call.
        case finish
        /// Stop for good with this error.
        case fail(ClientError)
    }

    /// What the machine tells the consumer besides the next action.
    public enum Notice: Sendable, Hashable {
        case none
        case retrying(attempt: Int, delay: Duration)
        case restarted
    }

    public private(set) var token: String?
    public private(set) var failures = 0
    public private(set) var isDone = false
    private var lastStart: Duration?
    private let configuration: PollerConfiguration
    private var random: SeededGenerator

    public init(configuration: PollerConfiguration, seed: UInt64 = .random(in: 0...UInt64.max)) {
        self.configuration = configuration
        self.random = SeededGenerator(seed: seed)
    }

    public mutating func start() -> Action { .fetch(token: nil, after: .zero) }

    /// Call when a request actually goes out, so the rate limit counts real starts.
    public mutating func requestStarted(at now: Duration) { lastStart = now }

    /// A page arrived: ask again at once when it was full, after the poll interval when not,
    /// never when it had no NextToken.
    public mutating func received(nextToken: String?, segmentCount: Int, at now: Duration) -> Action {
        failures = 0
        guard let nextToken else {
            isDone = true
            return .finish
        }
        token = nextToken
        let wanted = segmentCount >= configuration.maxResults ? Duration.zero : configuration.pollInterval
        return .fetch(token: nextToken, after: paced(wanted, at: now))
    }

    /// A call failed: back off and keep the place on transient errors, start over when the
    /// service rejected our token, stop on anything else.
    public mutating func failed(_ error: ClientError, at now: Duration) -> (Action, Notice) {
        if error.isInvalidRequest, token != nil {
            token = nil
            failures = 0
            return (.fetch(token: nil, after: paced(.zero, at: now)), .restarted)
        }
        failures += 1
        let jitter = Double(random.next() >> 11) / Double(1 << 53)
        switch configuration.retry.decide(after: error, attempt: failures, jitter: jitter) {
        case .retry(let delay):
            let wait = paced(delay, at: now)
            return (.fetch(token: token, after: wait), .retrying(attempt: failures, delay: wait))
        case .fail:
            isDone = true
            return (.fail(error), .none)
        }
    }

    /// `wanted`, stretched so two request starts are never closer than the rate allows.
    private func paced(_ wanted: Duration, at now: Duration) -> Duration {
        guard let lastStart else { return wanted }
        let earliest = lastStart + configuration.minimumSpacing - now
        return max(wanted, earliest, .zero)
    }
}
