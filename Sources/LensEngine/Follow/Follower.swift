import AWSClient
import ContactLensModel
import Foundation

/// Follows one contact's analysis: runs `PollerStateMachine` against a page source and
/// reports pages and status changes as `FollowEvent`s.
public struct Follower: Sendable {
    /// One attempt at one page; the state machine decides about retries.
    public typealias Fetch = @Sendable (ListSegmentsRequest) async throws(ClientError) -> ListSegmentsResponse

    public var instanceId: String
    public var contactId: String
    public var configuration: PollerConfiguration
    /// Where the credentials came from, for error advice (never their values).
    public var credentialSource: String?
    public var seed: UInt64 = .random(in: 0...UInt64.max)
    private let fetch: Fetch
    private let wallClock: @Sendable () -> Date

    public init(instanceId: String, contactId: String, configuration: PollerConfiguration,
                credentialSource: String? = nil, wallClock: @escaping @Sendable () -> Date = Date.init,
                fetch: @escaping Fetch) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.configuration = configuration
        self.credentialSource = credentialSource
        self.wallClock = wallClock
        self.fetch = fetch
    }

    /// Follows through a client, one attempt per call.
    public init(client: ContactLensClient, instanceId: String, contactId: String,
                configuration: PollerConfiguration, credentialSource: String? = nil) {
        self.init(instanceId: instanceId, contactId: contactId, configuration: configuration,
                  credentialSource: credentialSource) { request throws(ClientError) in
            try await client.send(request)
        }
    }

    /// The events of the follow; it stops when the consumer stops listening.
    public func events() -> AsyncStream<FollowEvent> { events(clock: ContinuousClock()) }

    public func events<C: Clock>(clock: C) -> AsyncStream<FollowEvent> where C.Duration == Duration {
        let (stream, continuation) = AsyncStream<FollowEvent>.makeStream(bufferingPolicy: .unbounded)
        let task = Task { await run(clock: clock, emit: continuation) }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func run<C: Clock>(clock: C, emit: AsyncStream<FollowEvent>.Continuation) async where C.Duration == Duration {
        defer { emit.finish() }
        let start = clock.now
        func elapsed() -> Duration { start.duration(to: clock.now) }
        var machine = PollerStateMachine(configuration: configuration, seed: seed)
        var action = machine.start()
        emit.yield(.status(.connecting))
        while !Task.isCancelled {
            switch action {
            case .fetch(let token, let delay):
                if delay > .zero {
                    do { try await clock.sleep(for: delay) } catch { return }
                }
                machine.requestStarted(at: elapsed())
                let request = ListSegmentsRequest(instanceId: instanceId, contactId: contactId,
                                                  maxResults: configuration.maxResults, nextToken: token)
                do {
                    let page = try await fetch(request)
                    if Task.isCancelled { return }
                    emit.yield(.page(page, receivedAt: wallClock(), requestToken: token))
                    action = machine.received(nextToken: page.nextToken, segmentCount: page.segments.count, at: elapsed())
                    if !machine.isDone { emit.yield(.status(.live(lastSuccess: wallClock()))) }
                } catch {
                    if Task.isCancelled { return }
                    let (next, notice) = machine.failed(error, at: elapsed())
                    switch notice {
                    case .retrying(let attempt, let wait):
                        emit.yield(.status(.retrying(reason: error.shortReason, attempt: attempt,
                                                     retryAt: wallClock().addingTimeInterval(wait.seconds),
                                                     throttled: error.isThrottling)))
                    case .restarted:
                        emit.yield(.status(.restarted(reason: error.shortReason)))
                    case .none:
                        break
                    }
                    action = next
                }
            case .finish:
                emit.yield(.status(.completed))
                emit.yield(.finished)
                return
            case .fail(let error):
                let message = error.advice(credentialSource: credentialSource)
                emit.yield(.status(.failed(message: message)))
                emit.yield(.failed(message: message))
                return
            }
        }
    }
}

extension Duration {
    /// The duration in seconds, as a TimeInterval.
    public var seconds: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
