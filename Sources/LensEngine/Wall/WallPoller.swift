import AWSClient
import ContactLensModel
import FoundationEssentials

/// The wall's polling source: runs `WallScheduler` against the API, one request at a time, and
/// reports each contact's segments and status as `WallEvent.contact`. Contacts come and go through
/// `add`/`ended` (discovery) and alerts raise a contact's priority through `setAlert` (the view).
package actor WallPoller: FloorSource {
    /// One request for a contact of a channel (voice, chat, or auto when discovery did not say).
    package typealias Fetch = @Sendable (ListSegmentsRequest, ContactChannel) async throws(ClientError) -> FetchedPage

    package nonisolated let events: AsyncStream<WallEvent>
    private let continuation: AsyncStream<WallEvent>.Continuation
    private var machine: WallScheduler
    private let instanceId: String
    private let fetch: Fetch
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastPace: WallPace?
    private var channels: [String: ContactChannel] = [:]

    package init(instanceId: String, configuration: WallSchedulerConfiguration, fetch: @escaping Fetch) {
        self.instanceId = instanceId
        machine = WallScheduler(configuration: configuration, seed: .random(in: 0...UInt64.max))
        self.fetch = fetch
        start = ContinuousClock.now
        (events, continuation) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
    }

    private var elapsed: Duration { start.duration(to: clock.now) }

    private func emit(_ event: WallEvent) { continuation.yield(event) }

    package func add(_ contactId: String, channel: ContactChannel) {
        if machine.contacts[contactId] == nil { emit(.contact(contactId, .status(.connecting))) }
        if channels[contactId] == nil || channel != .auto { channels[contactId] = channel }
        // `auto` starts on the voice API, as its router does; the router may switch once.
        machine.add(contactId, api: channel == .chat ? .chat : .voice, at: elapsed)
        reportPace()
    }

    package func ended(_ contactId: String) { machine.ended(contactId, at: elapsed) }

    package func setAlert(_ contactId: String) { machine.setAlert(contactId, true) }

    /// Polls until cancelled, then ends `events`. Waits are cut into short slices so a new
    /// contact or an alert changes the next choice within a quarter of a second.
    package func run() async {
        defer { continuation.finish() }
        while !Task.isCancelled {
            let now = elapsed
            guard case .poll(let id, let token, let at) = machine.next(at: now) else {
                if (try? await clock.sleep(for: .milliseconds(250))) == nil { return }
                continue
            }
            if at > now {
                if (try? await clock.sleep(for: min(at - now, .milliseconds(250)))) == nil { return }
                continue
            }
            machine.started(id, at: now)
            await poll(id, token: token)
            reportPace()
        }
    }

    private func poll(_ id: String, token: String?) async {
        let request = ListSegmentsRequest(
            instanceId: instanceId, contactId: id, maxResults: machine.configuration.maxResults, nextToken: token)
        do {
            let page = try await fetch(request, channels[id] ?? .auto)
            emit(.contact(id, .segments(page.response.segments, receivedAt: Date())))
            if machine.received(id, page, at: elapsed) {
                emit(.contact(id, .status(.completed)))
                emit(.contact(id, .finished))
            } else {
                emit(.contact(id, .status(.live(lastSuccess: Date()))))
            }
        } catch {
            if error == .cancelled { return }
            report(machine.failed(id, error, at: elapsed), of: id, error)
        }
    }

    /// What a failure means for the contact, as the status its row shows.
    private func report(_ outcome: WallScheduler.Outcome, of id: String, _ error: ClientError) {
        switch outcome {
        case .throttled(let pause):
            emit(
                .contact(
                    id,
                    .status(
                        .retrying(
                            reason: error.shortReason, attempt: 1, retryAt: Date().addingTimeInterval(pause.seconds),
                            throttled: true))))
        case .retrying:
            emit(.contact(id, .status(.retrying(reason: error.shortReason, attempt: 1, retryAt: Date(), throttled: false))))
        case .waitingForAnalysis:
            emit(.contact(id, .status(.waitingForAnalysis(since: Date()))))
        case .restarted:
            emit(.contact(id, .status(.restarted(reason: error.shortReason))))
        case .failed(let message):
            emit(.contact(id, .status(.failed(message: message))))
            emit(.contact(id, .failed(message: message)))
        }
    }

    private func reportPace() {
        let pace = WallPace(
            live: machine.liveCount, rate: machine.effectiveRate, refreshSeconds: machine.refreshInterval,
            throttled: machine.rateFactor < 1)
        if pace != lastPace {
            lastPace = pace
            emit(.pace(pace))
        }
    }
}
