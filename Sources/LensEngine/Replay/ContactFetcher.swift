import AWSClient
import ContactLensModel
import FoundationEssentials
import LensRecording

/// Fetches a finished contact's whole analysis from the API for replay and export: page after
/// page through the same `PollerStateMachine` as a follow (its last-page rule, its notion of a
/// contact still live), request starts spaced by `interval`. Retries are the fetch's own.
package struct ContactFetcher: Sendable {
    /// One page (with standard retries: any error it throws ends the fetch).
    package typealias Fetch = @Sendable (ListSegmentsRequest) async throws(ClientError) -> FetchedPage

    package var instanceId: String
    package var contactId: String
    package var maxResults: Int
    /// The least time between the starts of two requests (the API allows about one per second).
    package var interval: Duration
    /// Empty pages that still carry a NextToken, in a row, before the contact counts as live.
    var emptyPagesBeforeLive: Int
    package var credentialSource: String?
    /// The API asked first (a router in `auto` may answer from the other one).
    private let api: SegmentsAPI
    private let fetch: Fetch

    package init(
        instanceId: String, contactId: String, api: SegmentsAPI = .voice, maxResults: Int = 100,
        interval: Duration = .seconds(1), emptyPagesBeforeLive: Int = 3, credentialSource: String? = nil,
        fetch: @escaping Fetch
    ) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.api = api
        self.maxResults = maxResults
        self.interval = interval
        self.emptyPagesBeforeLive = emptyPagesBeforeLive
        self.credentialSource = credentialSource
        self.fetch = fetch
    }

    /// Every page until the last (a chat: until its Status is final and no page is left). Throws
    /// one line: not found (kept 24 h), still live, or the client's advice. `progress` hears the
    /// pages and segments fetched so far, after each page.
    package func fetchAll(progress: @Sendable (_ pages: Int, _ segments: Int) -> Void = { _, _ in }) async throws(FetchError)
        -> [RecordedPage]
    {
        try await fetchAll(clock: ContinuousClock(), progress: progress)
    }

    /// The same on `clock` (tests pass a virtual one).
    package func fetchAll<C: Clock>(clock: C, progress: @Sendable (_ pages: Int, _ segments: Int) -> Void = { _, _ in })
        async throws(FetchError) -> [RecordedPage] where C.Duration == Duration
    {
        // The spacing is the fetcher's (request starts), so the machine neither paces nor polls.
        var machine = PollerStateMachine(
            api: api, configuration: PollerConfiguration(pollInterval: .zero, maxRate: 0, maxResults: maxResults), seed: 0)
        var action = machine.start()
        var segmentCount = 0
        var pages: [RecordedPage] = []
        let start = clock.now
        var lastStart: C.Instant?
        while case .fetch(let token, let after) = action {
            // Starts are spaced, not gaps: a slow response already counts towards the interval.
            // A deadline already passed needs no timer (one costs several thread wake-ups).
            var deadline = clock.now.advanced(by: after)
            if let lastStart { deadline = max(deadline, lastStart.advanced(by: interval)) }
            do {
                if clock.now < deadline {
                    try await clock.sleep(until: deadline, tolerance: nil)
                } else {
                    try Task.checkCancellation()
                }
            } catch {
                throw FetchError.cancelled
            }
            lastStart = clock.now
            let request = ListSegmentsRequest(
                instanceId: instanceId, contactId: contactId, maxResults: maxResults, nextToken: token)
            let fetched: FetchedPage
            do {
                fetched = try await fetch(request)
            } catch .cancelled {
                throw FetchError.cancelled
            } catch {
                throw FetchError(describe(error), isNotFound: error.isNotFound)
            }
            pages.append(
                RecordedPage(
                    receivedAt: Date(), requestToken: token, instanceId: instanceId,
                    contactId: contactId, response: fetched.response))
            segmentCount += fetched.response.segments.count
            progress(pages.count, segmentCount)
            if fetched.api != machine.api { machine = PollerStateMachine(switching: machine, to: fetched.api) }
            action = machine.received(fetched.response, at: start.duration(to: clock.now))
            // A live contact would be asked for ever: say so instead.
            if action != .finish, let reason = machine.stillLive(afterQuietPages: emptyPagesBeforeLive) {
                throw FetchError(stillLive(because: reason))
            }
        }
        return pages
    }

    private func stillLive(because reason: String) -> String {
        "contact \(contactId) is still live (\(reason)): use `lenstail follow` to watch it, and replay or export it once it ends"
    }

    private func describe(_ error: ClientError) -> String {
        if error.isNotFound, case .service(let service) = error {
            let detail = service.message.isEmpty ? "" : " (\(service.message))"
            return "contact not found\(detail) — the API keeps a contact's real-time analysis for 24 hours "
                + "after the call; check the instance and contact ids and the region"
        }
        return error.advice(credentialSource: credentialSource)
    }
}

/// Fetching a contact failed (the message is one line), or was given up by its caller.
package struct FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    /// True when the caller stopped waiting: nothing went wrong with the contact.
    package let isCancellation: Bool
    /// True when the API has no such contact (gone after its 24 hours, or never analysed): its
    /// post-contact file may still have it.
    package let isNotFound: Bool

    package init(_ message: String, isNotFound: Bool = false) {
        self.message = message
        isCancellation = false
        self.isNotFound = isNotFound
    }

    private init(cancelled: Void) {
        message = "cancelled"
        isCancellation = true
        isNotFound = false
    }

    package static let cancelled = FetchError(cancelled: ())
    package var description: String { message }
}
