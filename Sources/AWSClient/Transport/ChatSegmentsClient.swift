import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// Calls ListRealtimeContactAnalysisSegmentsV2 (Amazon Connect, rest-json, signed for `connect`
/// on `connect.{region}.amazonaws.com`): validates, signs, sends, parses. One call is one attempt;
/// the follow's state machine owns retries, as for the voice API.
package struct ChatSegmentsClient: Sendable {
    package let service: AWSServiceClient

    package init(
        endpoint: URL, region: String, credentials: any CredentialProvider, timeout: Duration = .seconds(10),
        now: @escaping @Sendable () -> Date = Date.init, clock: ClockCorrection = ClockCorrection()
    ) {
        service = AWSServiceClient(
            service: .connect, endpoint: endpoint, region: region, credentials: credentials,
            transport: AWSTransport(timeout: timeout), now: now, clock: clock)
    }

    package var credentials: any CredentialProvider { service.credentials }

    /// One attempt.
    package func send(_ request: ListSegmentsV2Request) async throws(ClientError) -> ListSegmentsResponse {
        try await sendWithBody(request).response
    }

    /// One attempt; also returns the response body exactly as the server sent it (for recordings).
    package func sendWithBody(_ request: ListSegmentsV2Request) async throws(ClientError)
        -> (response: ListSegmentsResponse, body: [UInt8])
    {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        return try await service.segmentPage(request, method: ListSegmentsV2.method, path: request.path) { $0.isChat }
    }
}
