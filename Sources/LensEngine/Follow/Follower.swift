import AWSClient
import ContactLensModel
import Foundation
import LensRecording

/// Follows one contact's analysis: runs `PollerStateMachine` against a page source and
/// reports pages and status changes as `FollowEvent`s; with a recorder, every page is kept.
package struct Follower: Sendable {
    /// One attempt at one page; the state machine decides about retries.
    package typealias Fetch = @Sendable (ListSegmentsRequest) async throws(ClientError) -> ListSegmentsResponse
    /// One attempt that also returns the body as the server sent it (for recordings).
    package typealias RawFetch =
        @Sendable (ListSegmentsRequest) async throws(ClientError)
        -> (response: ListSegmentsResponse, body: [UInt8]?)

    package var instanceId: String
    package var contactId: String
    package var configuration: PollerConfiguration
    /// Where the credentials came from, for error advice (never their values).
    package var credentialSource: String?
    package var seed: UInt64 = .random(in: 0...UInt64.max)
    private let fetch: RawFetch
    private let recorder: Recorder?
    private let wallClock: @Sendable () -> Date
    /// Something the fetch has to say after a call (the channel router's switch of API).
    private var notices: (@Sendable () -> [String])?

    package init(
        instanceId: String, contactId: String, configuration: PollerConfiguration,
        credentialSource: String? = nil, recorder: Recorder? = nil,
        wallClock: @escaping @Sendable () -> Date = Date.init, fetchWithBody: @escaping RawFetch
    ) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.configuration = configuration
        self.credentialSource = credentialSource
        self.recorder = recorder
        self.wallClock = wallClock
        self.fetch = fetchWithBody
    }

    package init(
        instanceId: String, contactId: String, configuration: PollerConfiguration,
        credentialSource: String? = nil, wallClock: @escaping @Sendable () -> Date = Date.init,
        fetch: @escaping Fetch
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, configuration: configuration,
            credentialSource: credentialSource, wallClock: wallClock
        ) { request throws(ClientError) in
            (try await fetch(request), nil)
        }
    }

    /// Follows through a client, one attempt per call; with a writer, every page is recorded.
    package init(
        client: ContactLensClient, instanceId: String, contactId: String, configuration: PollerConfiguration,
        credentialSource: String? = nil, recordingTo writer: RecordingWriter? = nil
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, configuration: configuration,
            credentialSource: credentialSource, recorder: writer.map { Recorder(writer: $0) }
        ) { request throws(ClientError) in
            let (response, body) = try await client.sendWithBody(request)
            return (response, body)
        }
    }

    /// Follows through a `ChannelRouter`: the voice or the chat API, or `auto`.
    package init(
        router: ChannelRouter, instanceId: String, contactId: String, configuration: PollerConfiguration,
        credentialSource: String? = nil, recordingTo writer: RecordingWriter? = nil
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, configuration: configuration,
            credentialSource: credentialSource, recorder: writer.map { Recorder(writer: $0) }
        ) { request throws(ClientError) in
            try await router.fetch(request)
        }
        notices = { router.takeNotices() }
    }

    /// Follows a chat through the chat API (ListRealtimeContactAnalysisSegmentsV2): the same
    /// pacing, retries and recording; completion follows the pages' `Status`.
    package init(
        chatClient client: ChatSegmentsClient, outputType: ChatOutputType, instanceId: String, contactId: String,
        configuration: PollerConfiguration, credentialSource: String? = nil, recordingTo writer: RecordingWriter? = nil
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, configuration: configuration,
            credentialSource: credentialSource, recorder: writer.map { Recorder(writer: $0) }
        ) { request throws(ClientError) in
            let (response, body) = try await client.sendWithBody(ListSegmentsV2Request(request, outputType: outputType))
            return (response, body)
        }
    }

    /// The events of the follow; it stops when the consumer stops listening.
    package func events() -> AsyncStream<FollowEvent> { events(clock: ContinuousClock()) }

    package func events<C: Clock>(clock: C) -> AsyncStream<FollowEvent> where C.Duration == Duration {
        let (stream, continuation) = AsyncStream<FollowEvent>.makeStream(bufferingPolicy: .unbounded)
        let task = Task { await run(clock: clock, emit: continuation) }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func run<C: Clock>(clock: C, emit: AsyncStream<FollowEvent>.Continuation) async where C.Duration == Duration {
        defer { emit.finish() }
        let start = clock.now
        let startedAt = wallClock()
        func elapsed() -> Duration { start.duration(to: clock.now) }
        var machine = PollerStateMachine(configuration: configuration, seed: seed)
        var recorder = self.recorder
        var action = machine.start()
        emit.yield(.status(.connecting))
        while !Task.isCancelled {
            switch action {
            case .fetch(let token, let delay):
                if delay > .zero {
                    do { try await clock.sleep(for: delay) } catch { return }
                }
                machine.requestStarted(at: elapsed())
                let request = ListSegmentsRequest(
                    instanceId: instanceId, contactId: contactId,
                    maxResults: configuration.maxResults, nextToken: token)
                do {
                    let (page, body) = try await fetch(request)
                    if Task.isCancelled { return }
                    do {
                        try recorder?.record(request, response: page, body: body)
                    } catch {
                        // A recording with holes would mislead: the follow stops, saying why.
                        return fail("cannot write the recording: \(error.message)", emit)
                    }
                    for notice in notices?() ?? [] { emit.yield(.status(.warning(notice))) }
                    emit.yield(.page(page, receivedAt: wallClock(), requestToken: token))
                    let finished = page.status.map { $0.isFinal && page.nextToken == nil }
                    if finished == true, page.status == .failed {
                        emit.yield(.status(.warning("the service reports the chat's analysis FAILED")))
                    }
                    action = machine.received(
                        nextToken: page.nextToken, segmentCount: page.segments.count, at: elapsed(), finished: finished)
                    if !machine.isDone { emit.yield(.status(.live(lastSuccess: wallClock()))) }
                } catch {
                    if Task.isCancelled || error == .cancelled { return }
                    let (next, notice) = machine.failed(error, at: elapsed())
                    report(notice, error, startedAt: startedAt, emit)
                    if case .restarted = notice { recorder?.restarted() }
                    action = next
                }
            case .finish:
                emit.yield(.status(.completed))
                emit.yield(.finished)
                return
            case .fail(let error):
                var message = error.advice(credentialSource: credentialSource)
                if case .cannotConnect = error, !machine.hasConnected {
                    message += " (gave up after \(configuration.connectAttempts) tries)"
                }
                return fail(message, emit)
            }
        }
    }

    private func fail(_ message: String, _ emit: AsyncStream<FollowEvent>.Continuation) {
        emit.yield(.status(.failed(message: message)))
        emit.yield(.failed(message: message))
    }

    /// The machine's notice as the status a view or a stream shows.
    private func report(
        _ notice: PollerStateMachine.Notice, _ error: ClientError, startedAt: Date,
        _ emit: AsyncStream<FollowEvent>.Continuation
    ) {
        let now = wallClock()
        switch notice {
        case .retrying(let attempt, let wait):
            emit.yield(
                .status(
                    .retrying(
                        reason: error.shortReason, attempt: attempt,
                        retryAt: now.addingTimeInterval(wait.seconds), throttled: error.isThrottling)))
        case .restarted(let wait):
            emit.yield(.status(.restarted(reason: error.shortReason)))
            if wait > .zero {
                emit.yield(
                    .status(
                        .retrying(
                            reason: "the service refused the page token again", attempt: 1,
                            retryAt: now.addingTimeInterval(wait.seconds), throttled: false)))
            }
        case .waitingForAnalysis(let since):
            emit.yield(.status(.waitingForAnalysis(since: startedAt.addingTimeInterval(since.seconds))))
        case .none:
            break
        }
    }
}

extension Duration {
    /// The duration in seconds, as a TimeInterval.
    package var seconds: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
