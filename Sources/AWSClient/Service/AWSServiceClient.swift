import AWSSigV4
import FoundationEssentials

/// Sends SigV4-signed requests to one AWS service in one region: resolves the credentials, signs,
/// sends through the transport and turns an error response of a JSON protocol (rest-json, JSON
/// 1.1) into `ClientError.service`. The per-service clients are thin layers over it.
package struct AWSServiceClient: Sendable {
    package let service: AWSService
    package let endpoint: URL
    package let region: String
    package let credentials: any CredentialProvider
    package var transport: AWSTransport
    /// The offset from this machine's clock to AWS's that requests are signed with; shared by copies.
    package let clock: ClockCorrection
    private let now: @Sendable () -> Date

    package init(
        service: AWSService, endpoint: URL, region: String, credentials: any CredentialProvider,
        transport: AWSTransport = AWSTransport(), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.init(
            service: service, endpoint: endpoint, region: region, credentials: credentials, transport: transport,
            now: now, clock: ClockCorrection())
    }

    /// A client that shares `clock` with others (STS and Contact Lens in `lenstail check`).
    package init(
        service: AWSService, endpoint: URL, region: String, credentials: any CredentialProvider,
        transport: AWSTransport, now: @escaping @Sendable () -> Date, clock: ClockCorrection
    ) {
        self.service = service
        self.endpoint = endpoint
        self.region = region
        self.credentials = credentials
        self.transport = transport
        self.now = now
        self.clock = clock
    }

    /// The URL of `path` on the endpoint, keeping the endpoint's own path (a proxy prefix, say).
    package func url(path: String) -> URL { Self.url(endpoint: endpoint, path: path) }

    static func url(endpoint: URL, path: String) -> URL {
        var base = endpoint.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + path)!
    }

    /// Sends a request whose proof is in it (SSO's bearer token, a web identity token) without
    /// signing it; returns whatever status came back.
    static func sendUnsigned(_ transport: AWSTransport, method: String, url: URL, headers: [HTTPHeader], body: [UInt8])
        async throws(ClientError) -> HTTPResponse
    {
        try await transport.send(method: method, url: url, headers: standardHeaders(for: url) + headers, body: body)
    }

    /// Host and User-Agent, on every request.
    private static func standardHeaders(for url: URL) -> [HTTPHeader] {
        [HTTPHeader("Host", SigV4Signer.hostHeader(for: url)), HTTPHeader("User-Agent", "lenstail/\(LenstailVersion.current)")]
    }

    /// Signs and sends one request; returns a 2xx response, throws any other as a `ClientError`.
    package func send(method: String = "POST", path: String, headers: [HTTPHeader] = [], body: [UInt8])
        async throws(ClientError) -> HTTPResponse
    {
        let response = try await sendSigned(method: method, path: path, headers: headers, body: body)
        guard response.isSuccess else {
            throw .service(ServiceError(status: response.status, header: response.header, body: response.body))
        }
        return response
    }

    /// Signs and sends one request and returns whatever status came back (for protocols whose
    /// errors are not JSON, such as STS's XML). A request refused for its time (this clock minutes
    /// off) is signed again once at AWS's time, read from the answer's `Date` header, and that
    /// offset is kept for every later request. A request refused because the credentials expired
    /// (revoked early, or this clock ahead of the service's) is signed with freshly resolved
    /// credentials and sent once more.
    ///
    /// With a `bodyLimit`, a 3xx comes back as a response too (S3 names a bucket's region in one)
    /// and a body over the limit is `.tooLarge` (see `AWSTransport.exchange`).
    package func sendSigned(method: String, path: String, headers: [HTTPHeader], body: [UInt8], bodyLimit: Int? = nil)
        async throws(ClientError) -> HTTPResponse
    {
        let request = Request(method: method, path: path, headers: headers, body: body, bodyLimit: bodyLimit)
        let first = try await signAndSend(request)
        var response = first.response
        if let corrected = correction(after: first) {
            clock.adopt(corrected.offset, because: corrected.reason)
            response = try await signAndSend(request, offset: corrected.offset).response
        }
        guard (400..<500).contains(response.status),
            ServiceError.expiredCredentialCodes.contains(ServiceError.parsing(response).code)
        else { return response }
        await credentials.invalidate()
        return try await signAndSend(request).response
    }

    /// What `sendSigned` sends, each time it signs it.
    private struct Request {
        var method: String
        var path: String
        var headers: [HTTPHeader]
        var body: [UInt8]
        var bodyLimit: Int?
    }

    /// The offset to sign again with when the answer refused the request for its time and its
    /// `Date` header shows a different offset from the one the request was signed with.
    private func correction(after exchange: SignedExchange) -> (offset: TimeInterval, reason: String)? {
        guard (400..<500).contains(exchange.response.status), let measured = exchange.measured,
            abs(measured - exchange.offset) >= 1
        else { return nil }
        let error = ServiceError.parsing(exchange.response)
        guard ClockSkew.isTimeRefusal(error) else { return nil }
        return (measured, error.message.isEmpty ? error.code : "\(error.code): \(error.message)")
    }

    /// An answer, the offset its request was signed with, and AWS's time minus this machine's as
    /// its `Date` header showed it.
    private struct SignedExchange {
        var response: HTTPResponse
        var offset: TimeInterval
        var measured: TimeInterval?
    }

    /// One signed exchange, at this machine's time plus `offset` (the kept one when nil).
    private func signAndSend(_ request: Request, offset: TimeInterval? = nil) async throws(ClientError) -> SignedExchange {
        let (method, headers, body) = (request.method, request.headers, request.body)
        let resolved: ResolvedCredentials
        do {
            resolved = try await credentials.resolve()
        } catch is CancellationError {
            throw .cancelled
        } catch {
            throw .credentials(String(describing: error))
        }
        let url = url(path: request.path)
        let signer =
            service == .s3
            ? SigV4Signer.s3(credentials: resolved.credentials, region: region)
            : SigV4Signer(credentials: resolved.credentials, region: region, service: service.signingName)
        var all = Self.standardHeaders(for: url) + headers
        let offset = offset ?? clock.offset
        all += signer.sign(method: method, url: url, headers: headers, body: body, date: now() + offset)
        var response =
            if let limit = request.bodyLimit {
                try await transport.exchange(method: method, url: url, headers: all, body: body, bodyLimit: limit)
            } else {
                try await transport.send(method: method, url: url, headers: all, body: body)
            }
        let measured = ClockSkew.measure(response, receivedAt: now())
        if let measured { clock.record(measured) }
        if !response.isSuccess {
            let used = resolved.credentials
            response.body = Redaction.redact(response.body, [used.secretAccessKey, used.sessionToken])
        }
        return SignedExchange(response: response, offset: offset, measured: measured)
    }
}
