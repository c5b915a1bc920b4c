import AWSClient
import ContactLensModel
import FoundationEssentials
import LensRecording

/// Follows one contact's analysis by polling: runs `PollerStateMachine` against the segments
/// API (the voice or the chat API) and reports segments and status as `FollowEvent`s. With a
/// recorder every API page is kept as it came; `onPage` hears each page with its request (the
/// `--log-file` log of paging).
package struct Follower: ContactSource {
    /// One attempt at one page of the voice API; the state machine decides about retries.
    package typealias Fetch = @Sendable (ListSegmentsRequest) async throws(ClientError) -> ListSegmentsResponse
    /// One attempt that also says which API answered and returns the body as the server sent it.
    typealias PageFetch = @Sendable (ListSegmentsRequest) async throws(ClientError) -> FetchedPage
    /// Hears every page fetched, with the request that asked for it.
    package typealias PageObserver = @Sendable (ListSegmentsRequest, ListSegmentsResponse) -> Void

    package var instanceId: String
    package var contactId: String
    package var configuration: PollerConfiguration
    /// Where the credentials came from, for error advice (never their values).
    package var credentialSource: String?
    package var seed: UInt64 = .random(in: 0...UInt64.max)
    package var onPage: PageObserver?
    /// Hears the error a follow stops on, before its `.failed` (a transfer chain tells a leg
    /// without analysis by it).
    package var onFailure: (@Sendable (ClientError) -> Void)?
    /// The API asked first (a router in `auto` may answer from the other one).
    private let api: SegmentsAPI
    private let fetch: PageFetch
    private let recorder: Recorder?
    private let wallClock: @Sendable () -> Date
    /// Something the fetch has to say after a call (the channel router's switch of API).
    private var notices: (@Sendable () -> [String])?

    init(
        instanceId: String, contactId: String, configuration: PollerConfiguration, api: SegmentsAPI = .voice,
        credentialSource: String? = nil, recorder: Recorder? = nil,
        wallClock: @escaping @Sendable () -> Date = Date.init, fetchPage: @escaping PageFetch
    ) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.configuration = configuration
        self.api = api
        self.credentialSource = credentialSource
        self.recorder = recorder
        self.wallClock = wallClock
        self.fetch = fetchPage
    }

    /// Follows a call through a plain fetch of the voice API.
    package init(
        instanceId: String, contactId: String, configuration: PollerConfiguration,
        credentialSource: String? = nil, wallClock: @escaping @Sendable () -> Date = Date.init,
        fetch: @escaping Fetch
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, configuration: configuration,
            credentialSource: credentialSource, wallClock: wallClock
        ) { request throws(ClientError) in
            FetchedPage(try await fetch(request))
        }
    }

    /// Follows a call through a voice client, one attempt per call; with a writer, every page is recorded.
    package init(
        client: ContactLensClient, instanceId: String, contactId: String, configuration: PollerConfiguration,
        credentialSource: String? = nil, recordingTo writer: RecordingWriter? = nil
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, configuration: configuration,
            credentialSource: credentialSource, recorder: writer.map { Recorder(writer: $0) }
        ) { request throws(ClientError) in
            let (response, body) = try await client.sendWithBody(request)
            return FetchedPage(response, body: body)
        }
    }

    /// Follows through a `ChannelRouter`: the voice or the chat API, or `auto`.
    package init(
        router: ChannelRouter, instanceId: String, contactId: String, configuration: PollerConfiguration,
        credentialSource: String? = nil, recordingTo writer: RecordingWriter? = nil
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, configuration: configuration, api: router.current,
            credentialSource: credentialSource, recorder: writer.map { Recorder(writer: $0) }
        ) { request throws(ClientError) in
            try await router.fetch(request)
        }
        notices = { router.takeNotices() }
    }

    /// The events of the follow; it stops when the consumer stops listening.
    package func events() -> AsyncStream<FollowEvent> { events(clock: ContinuousClock()) }

    /// Pulled, not pushed: the next page is fetched only when the consumer has taken the events
    /// of the last one, so a consumer that lags (a paused pager, a full pipe) holds the polling
    /// instead of queueing pages without bound. It runs in the consumer's task and stops with it.
    package func events<C: Clock>(clock: C) -> AsyncStream<FollowEvent> where C.Duration == Duration {
        let run = FollowRun(follower: self, clock: clock)
        return AsyncStream(unfolding: { await run.next() })
    }

    /// One follow's progress between two events: the state machine, the action it asked for, and
    /// the events of the last step that the consumer has not taken yet (a few at most).
    private actor FollowRun<C: Clock> where C.Duration == Duration {
        let follower: Follower
        let clock: C
        let start: C.Instant
        let startedAt: Date
        var machine: PollerStateMachine
        var recorder: Recorder?
        var action: PollerStateMachine.Action
        var pending: [FollowEvent] = []
        var ended = false

        init(follower: Follower, clock: C) {
            self.follower = follower
            self.clock = clock
            start = clock.now
            startedAt = follower.wallClock()
            machine = PollerStateMachine(api: follower.api, configuration: follower.configuration, seed: follower.seed)
            recorder = follower.recorder
            action = machine.start()
            pending = [.status(.connecting)]
        }

        func next() async -> FollowEvent? {
            while pending.isEmpty, !ended {
                if Task.isCancelled { ended = true } else { await step() }
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        private func elapsed() -> Duration { start.duration(to: clock.now) }

        /// Carries out the machine's action: a fetch (after its delay), the end, or a failure.
        private func step() async {
            switch action {
            case .fetch(let token, let delay):
                if delay > .zero {
                    do {
                        try await clock.sleep(for: delay)
                    } catch {
                        ended = true
                        return
                    }
                }
                await fetch(token)
            case .finish:
                pending += [.status(.completed), .finished]
                ended = true
            case .fail(let error):
                follower.onFailure?(error)
                var message = error.advice(credentialSource: follower.credentialSource)
                if case .cannotConnect = error, !machine.hasConnected {
                    message += " (gave up after \(follower.configuration.connectAttempts) tries)"
                }
                fail(message)
            }
        }

        private func fetch(_ token: String?) async {
            machine.requestStarted(at: elapsed())
            let request = ListSegmentsRequest(
                instanceId: follower.instanceId, contactId: follower.contactId,
                maxResults: follower.configuration.maxResults, nextToken: token)
            do {
                let fetched = try await follower.fetch(request)
                if Task.isCancelled {
                    ended = true
                    return
                }
                let page = fetched.response
                do {
                    try recorder?.record(request, response: page, body: fetched.body)
                } catch {
                    // A recording with holes would mislead: the follow stops, saying why.
                    return fail("cannot write the recording: \(error.message)")
                }
                follower.onPage?(request, page)
                for notice in follower.notices?() ?? [] { pending.append(.status(.warning(notice))) }
                pending.append(.segments(page.segments, receivedAt: follower.wallClock()))
                if fetched.api != machine.api { machine = PollerStateMachine(switching: machine, to: fetched.api) }
                action = machine.received(page, at: elapsed())
                if action == .finish, page.status == .failed {
                    pending.append(.status(.warning("the service reports the chat's analysis FAILED")))
                }
                if !machine.isDone { pending.append(.status(.live(lastSuccess: follower.wallClock()))) }
            } catch {
                if Task.isCancelled || error == .cancelled {
                    ended = true
                    return
                }
                let (next, notice) = machine.failed(error, at: elapsed())
                report(notice, error)
                if case .restarted = notice { recorder?.restarted() }
                action = next
            }
        }

        private func fail(_ message: String) {
            pending += [.status(.failed(message: message)), .failed(message: message)]
            ended = true
        }

        /// The machine's notice as the status a view or a stream shows.
        private func report(_ notice: PollerStateMachine.Notice, _ error: ClientError) {
            let now = follower.wallClock()
            switch notice {
            case .retrying(let attempt, let wait):
                pending.append(
                    .status(
                        .retrying(
                            reason: error.shortReason, attempt: attempt,
                            retryAt: now.addingTimeInterval(wait.seconds), throttled: error.isThrottling)))
            case .restarted(let wait):
                pending.append(.status(.restarted(reason: error.shortReason)))
                if wait > .zero {
                    pending.append(
                        .status(
                            .retrying(
                                reason: "the service refused the page token again", attempt: 1,
                                retryAt: now.addingTimeInterval(wait.seconds), throttled: false)))
                }
            case .waitingForAnalysis(let since):
                pending.append(.status(.waitingForAnalysis(since: startedAt.addingTimeInterval(since.seconds))))
            case .none:
                break
            }
        }
    }
}

extension Duration {
    /// The duration in seconds, as a TimeInterval.
    package var seconds: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
