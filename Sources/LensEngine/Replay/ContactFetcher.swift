import AWSClient
import ContactLensModel
import Foundation
import LensRecording

/// Fetches a finished contact's whole analysis from the API, page after page at the quota's
/// pace with standard retries, for replay and export.
package struct ContactFetcher: Sendable {
    package typealias Fetch = @Sendable (ListSegmentsRequest) async throws(ClientError) -> ListSegmentsResponse

    package var instanceId: String
    package var contactId: String
    package var maxResults: Int
    /// The least time between the starts of two requests (the API allows about one per second).
    package var interval: Duration
    /// Empty pages that still carry a NextToken, in a row, before the contact counts as live.
    package var emptyPagesBeforeLive: Int
    package var credentialSource: String?
    private let fetch: Fetch

    package init(
        instanceId: String, contactId: String, maxResults: Int = 100, interval: Duration = .seconds(1),
        emptyPagesBeforeLive: Int = 3, credentialSource: String? = nil, fetch: @escaping Fetch
    ) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.maxResults = maxResults
        self.interval = interval
        self.emptyPagesBeforeLive = emptyPagesBeforeLive
        self.credentialSource = credentialSource
        self.fetch = fetch
    }

    /// Through a client, each page with AWS standard retries.
    package init(
        client: ContactLensClient, instanceId: String, contactId: String, maxResults: Int = 100,
        interval: Duration = .seconds(1), credentialSource: String? = nil
    ) {
        self.init(
            instanceId: instanceId, contactId: contactId, maxResults: maxResults, interval: interval,
            credentialSource: credentialSource
        ) { request throws(ClientError) in
            try await client.send(request, retrying: .standard)
        }
    }

    /// Every page until one without NextToken (a chat: until its Status is final and no page is
    /// left). Throws one line: not found (kept 24 h), still live, or the client's advice.
    /// `progress` hears the pages and segments fetched so far, after each page.
    package func fetchAll(progress: @Sendable (_ pages: Int, _ segments: Int) -> Void = { _, _ in }) async throws(FetchError)
        -> [RecordedPage]
    {
        try await fetchAll(clock: ContinuousClock(), progress: progress)
    }

    /// The same on `clock` (tests pass a virtual one).
    package func fetchAll<C: Clock>(clock: C, progress: @Sendable (_ pages: Int, _ segments: Int) -> Void = { _, _ in })
        async throws(FetchError) -> [RecordedPage] where C.Duration == Duration
    {
        var segmentCount = 0
        var pages: [RecordedPage] = []
        var token: String?
        var emptyInARow = 0
        var lastStart: C.Instant?
        while true {
            // Starts are spaced, not gaps: a slow response already counts towards the interval.
            // A deadline already passed needs no timer (one costs several thread wake-ups).
            if let lastStart {
                let deadline = lastStart.advanced(by: interval)
                do {
                    if clock.now < deadline {
                        try await clock.sleep(until: deadline, tolerance: nil)
                    } else {
                        try Task.checkCancellation()
                    }
                } catch {
                    throw FetchError.cancelled
                }
            }
            lastStart = clock.now
            let request = ListSegmentsRequest(
                instanceId: instanceId, contactId: contactId,
                maxResults: maxResults, nextToken: token)
            let response: ListSegmentsResponse
            do {
                response = try await fetch(request)
            } catch .cancelled {
                throw FetchError.cancelled
            } catch {
                throw FetchError(describe(error))
            }
            pages.append(
                RecordedPage(
                    receivedAt: Date(), requestToken: token, instanceId: instanceId,
                    contactId: contactId, response: response))
            segmentCount += response.segments.count
            progress(pages.count, segmentCount)
            if response.status.map({ $0.isFinal && response.nextToken == nil }) ?? (response.nextToken == nil) {
                return pages
            }
            // A chat still IN_PROGRESS with no page left is live: the loop would ask for ever.
            guard let next = response.nextToken else { throw FetchError(stillLive(because: "the chat API says IN_PROGRESS")) }
            emptyInARow = response.segments.isEmpty ? emptyInARow + 1 : 0
            if emptyInARow >= emptyPagesBeforeLive {
                throw FetchError(stillLive(because: "the API keeps sending NextToken with no new segments"))
            }
            token = next
        }
    }

    private func stillLive(because reason: String) -> String {
        "contact \(contactId) is still live (\(reason)): use `lenstail follow` to watch it, and replay or export it once it ends"
    }

    private func describe(_ error: ClientError) -> String {
        if case .service(let service) = error, service.code == ServiceErrorCode.resourceNotFound.rawValue {
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

    package init(_ message: String) {
        self.message = message
        isCancellation = false
    }

    private init(cancelled: Void) {
        message = "cancelled"
        isCancellation = true
    }

    package static let cancelled = FetchError(cancelled: ())
    package var description: String { message }
}
