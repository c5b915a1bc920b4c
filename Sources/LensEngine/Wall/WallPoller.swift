import AWSClient
import ContactLensModel
import Foundation

/// Runs `WallScheduler` against the API: one request at a time, each contact's pages and status
/// reported as `WallEvent.contact`. Contacts come and go through `add`/`ended` (discovery) and
/// alerts raise a contact's priority through `setAlert` (the view).
package actor WallPoller {
    /// One request for a contact of a channel (voice, chat, or auto when discovery did not say).
    package typealias Fetch = @Sendable (ListSegmentsRequest, ContactChannel) async throws(ClientError) -> ListSegmentsResponse

    private var machine: WallScheduler
    private let instanceId: String
    private let fetch: Fetch
    private let emit: @Sendable (WallEvent) -> Void
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastPace: WallPace?
    private var channels: [String: ContactChannel] = [:]

    package init(
        instanceId: String, configuration: WallSchedulerConfiguration, fetch: @escaping Fetch,
        emit: @escaping @Sendable (WallEvent) -> Void
    ) {
        self.instanceId = instanceId
        machine = WallScheduler(configuration: configuration, seed: .random(in: 0...UInt64.max))
        self.fetch = fetch
        self.emit = emit
        start = ContinuousClock.now
    }

    private var elapsed: Duration { start.duration(to: clock.now) }

    package func add(_ contactId: String, channel: ContactChannel) {
        if machine.contacts[contactId] == nil { emit(.contact(contactId, .status(.connecting))) }
        if channels[contactId] == nil || channel != .auto { channels[contactId] = channel }
        machine.add(contactId, at: elapsed)
        reportPace()
    }

    package func ended(_ contactId: String) { machine.ended(contactId, at: elapsed) }

    package func setAlert(_ contactId: String) { machine.setAlert(contactId, true) }

    /// Polls until cancelled. Waits are cut into short slices so a new contact or an alert
    /// changes the next choice within a quarter of a second.
    package func run() async {
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
            emit(.contact(id, .page(page, receivedAt: Date(), requestToken: token)))
            let finished = page.status.map { $0.isFinal && page.nextToken == nil }
            if machine.received(
                id, nextToken: page.nextToken, segmentCount: page.segments.count, at: elapsed, finished: finished)
            {
                emit(.contact(id, .status(.completed)))
                emit(.contact(id, .finished))
            } else {
                emit(.contact(id, .status(.live(lastSuccess: Date()))))
            }
        } catch {
            if error == .cancelled { return }
            switch machine.failed(id, error, at: elapsed) {
            case .throttled(let pause):
                emit(
                    .contact(
                        id,
                        .status(
                            .retrying(
                                reason: error.shortReason, attempt: 1, retryAt: Date().addingTimeInterval(pause.seconds),
                                throttled: true))))
            case .retrying:
                emit(
                    .contact(
                        id, .status(.retrying(reason: error.shortReason, attempt: 1, retryAt: Date(), throttled: false))))
            case .waitingForAnalysis:
                emit(.contact(id, .status(.waitingForAnalysis(since: Date()))))
            case .restarted:
                emit(.contact(id, .status(.restarted(reason: error.shortReason))))
            case .failed(let message):
                emit(.contact(id, .status(.failed(message: message))))
                emit(.contact(id, .failed(message: message)))
            }
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
