import AWSSigV4
import ContactLensModel
import FoundationEssentials
import NIOCore

/// Calls ListRealtimeContactAnalysisSegments: validates, signs (SigV4), sends, parses.
/// One call is one attempt; `send(_:retrying:)` adds AWS standard-mode retries.
package struct ContactLensClient: Sendable {
    package let service: AWSServiceClient

    package init(
        endpoint: URL, region: String, credentials: any CredentialProvider,
        timeout: Duration = .seconds(10), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.init(
            endpoint: endpoint, region: region, credentials: credentials, timeout: timeout, now: now,
            clock: ClockCorrection())
    }

    /// A client whose offset to AWS's clock is `clock`, shared with other clients.
    package init(
        endpoint: URL, region: String, credentials: any CredentialProvider, timeout: Duration,
        now: @escaping @Sendable () -> Date, clock: ClockCorrection
    ) {
        service = AWSServiceClient(
            service: .contactLens, endpoint: endpoint, region: region, credentials: credentials,
            transport: AWSTransport(timeout: timeout), now: now, clock: clock)
    }

    package var endpoint: URL { service.endpoint }
    package var region: String { service.region }
    package var credentials: any CredentialProvider { service.credentials }
    /// The event loop `onEventLoop` runs on.
    package var eventLoop: any EventLoop { service.transport.eventLoop }

    /// Runs `body` on the HTTP client's event loop (see `AWSTransport.onEventLoop`).
    package func onEventLoop<T, Failure: Error>(_ body: () async throws(Failure) -> T) async throws(Failure) -> T {
        try await service.transport.onEventLoop(body)
    }

    /// One attempt.
    package func send(_ request: ListSegmentsRequest) async throws(ClientError) -> ListSegmentsResponse {
        try await sendWithBody(request).response
    }

    /// One attempt; also returns the response body exactly as the server sent it (for recordings).
    package func sendWithBody(_ request: ListSegmentsRequest) async throws(ClientError)
        -> (response: ListSegmentsResponse, body: [UInt8])
    {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        return try await service.segmentPage(request, method: ListSegments.method, path: ListSegments.path)
    }

    /// Attempts until success, a fatal error, or the policy's limit; waits on `clock`.
    package func send(
        _ request: ListSegmentsRequest, retrying policy: RetryPolicy,
        clock: any Clock<Duration> = ContinuousClock()
    ) async throws(ClientError) -> ListSegmentsResponse {
        try await policy.run(clock: clock) { () async throws(ClientError) in try await send(request) }
    }
}
