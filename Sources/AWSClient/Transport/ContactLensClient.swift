import AWSSigV4
import AsyncHTTPClient
import ContactLensModel
import Foundation
import NIOCore
import NIOHTTP1

/// Calls ListRealtimeContactAnalysisSegments: validates, signs (SigV4), sends, parses.
/// One call is one attempt; `send(_:retrying:)` adds AWS standard-mode retries.
public struct ContactLensClient: Sendable {
    public let endpoint: URL
    public let region: String
    public let credentials: any CredentialProvider
    public var timeout: Duration
    /// Largest response body accepted; the service's pages are far smaller.
    public var maxResponseBytes = 32 << 20
    private let httpClient: HTTPClient
    private let now: @Sendable () -> Date
    /// One of the HTTP client's event loops, for `onEventLoop`.
    private let executor: EventLoopTaskExecutor

    public init(endpoint: URL, region: String, credentials: any CredentialProvider,
                timeout: Duration = .seconds(10), httpClient: HTTPClient = .shared,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.endpoint = endpoint
        self.region = region
        self.credentials = credentials
        self.timeout = timeout
        self.httpClient = httpClient
        self.now = now
        executor = EventLoopTaskExecutor(httpClient.eventLoopGroup.next())
    }

    /// The event loop `onEventLoop` runs on.
    public var eventLoop: any EventLoop { executor.eventLoop }

    /// Runs `body` with its tasks on one of the HTTP client's event loops, where this client's
    /// connection is then made: a loop of requests in `body` sends, receives and decodes every
    /// page on that thread, instead of handing each between the concurrency pool and the loop
    /// (several thread wake-ups a request). Keep blocking work out of `body`.
    public func onEventLoop<T, Failure: Error>(_ body: () async throws(Failure) -> T) async throws(Failure) -> T {
        try await withTaskExecutorPreference(executor, operation: body)
    }

    /// The URL of the operation: the endpoint's path (a proxy prefix, say) plus the API path.
    public var operationURL: URL {
        var base = endpoint.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + ListSegments.path)!
    }

    /// One attempt.
    public func send(_ request: ListSegmentsRequest) async throws(ClientError) -> ListSegmentsResponse {
        try await sendWithBody(request).response
    }

    /// One attempt; also returns the response body exactly as the server sent it (for recordings).
    public func sendWithBody(_ request: ListSegmentsRequest) async throws(ClientError)
        -> (response: ListSegmentsResponse, body: [UInt8]) {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        let resolved: ResolvedCredentials
        do { resolved = try await credentials.resolve() } catch { throw .credentials(String(describing: error)) }
        let body: [UInt8]
        do { body = Array(try JSONEncoder().encode(request)) } catch {
            throw .invalidRequest(RequestValidationError("cannot encode the request: \(error)"))
        }
        let url = operationURL
        let signer = SigV4Signer(credentials: resolved.credentials, region: region, service: ListSegments.signingName)
        let unsigned = [HTTPHeader("Content-Type", "application/json")]
        var http = HTTPClientRequest(url: url.absoluteString)
        http.method = .POST
        http.headers.add(name: "Host", value: SigV4Signer.hostHeader(for: url))
        http.headers.add(name: "User-Agent", value: "lenstail/\(LenstailVersion.current)")
        for header in unsigned + signer.sign(method: "POST", url: url, headers: unsigned, body: body, date: now()) {
            http.headers.add(name: header.name, value: header.value)
        }
        http.body = .bytes(ByteBuffer(bytes: body))
        return try await execute(http)
    }

    /// Attempts until success, a fatal error, or the policy's limit; waits on `clock`.
    public func send(_ request: ListSegmentsRequest, retrying policy: RetryPolicy,
                     clock: any Clock<Duration> = ContinuousClock()) async throws(ClientError) -> ListSegmentsResponse {
        var quota = RetryQuota()
        var attempt = 1
        while true {
            do {
                let response = try await send(request)
                quota.recordSuccess()
                return response
            } catch {
                guard case .retry(let delay) = policy.decide(after: error, attempt: attempt, jitter: Double.random(in: 0..<1)),
                      quota.acquire(for: error) else { throw error }
                do { try await clock.sleep(for: delay) } catch { throw .transport("cancelled") }
                attempt += 1
            }
        }
    }

    private func execute(_ request: HTTPClientRequest) async throws(ClientError)
        -> (response: ListSegmentsResponse, body: [UInt8]) {
        let status: Int
        let headers: HTTPHeaders
        var collected: ByteBuffer
        do {
            let response = try await httpClient.execute(request, timeout: .nanoseconds(Int64(timeout.nanoseconds)))
            status = Int(response.status.code)
            headers = response.headers
            collected = try await response.body.collect(upTo: maxResponseBytes)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw .timeout(timeout)
        } catch let error as NIOTooManyBytesError {
            throw .malformedResponse("response larger than \(maxResponseBytes >> 20) MiB (\(error))")
        } catch is CancellationError {
            throw .transport("cancelled")
        } catch {
            throw Self.isCertificateFailure(error) ? .untrustedCertificate(Self.describe(error)) : .transport(Self.describe(error))
        }
        let body = collected.readBytes(length: collected.readableBytes) ?? []
        guard (200..<300).contains(status) else {
            throw .service(ServiceError(status: status, header: { headers.first(name: $0) }, body: body))
        }
        do {
            var page = try ListSegmentsResponse.decode(json: body)
            // An empty token can't be sent back (min length 1): botocore treats it as the end.
            if page.nextToken?.isEmpty == true { page.nextToken = nil }
            return (page, body)
        } catch {
            throw .malformedResponse(Self.describe(decodingError: error))
        }
    }

    /// BoringSSL names a failed certificate check only in its error string (NIOSSL's
    /// `handshakeFailed(.sslError([…CERTIFICATE_VERIFY_FAILED]))`), so that is what is matched.
    static func isCertificateFailure(_ error: any Error) -> Bool {
        let description = String(describing: error)
        return description.contains("CERTIFICATE_VERIFY_FAILED") || description.localizedCaseInsensitiveContains("certificate verify failed")
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError { return String(describing: error) }
        return String(describing: error).prefix(200).description
    }

    /// "Segments[0].Transcript.ParticipantId", as a reader of the API's JSON would say it.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { text, key in
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
    }

    static func describe(decodingError error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not a valid JSON page" }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "the body is not valid JSON"
        case .keyNotFound(let key, let context):
            return "missing required field \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "wrong type at \(path(context.codingPath))"
        @unknown default:
            return "not a valid page"
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
