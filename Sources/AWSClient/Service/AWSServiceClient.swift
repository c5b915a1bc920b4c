import AWSSigV4
import Foundation

/// Sends SigV4-signed requests to one AWS service in one region: resolves the credentials, signs,
/// sends through the transport and turns an error response of a JSON protocol (rest-json, JSON
/// 1.1) into `ClientError.service`. The per-service clients are thin layers over it.
package struct AWSServiceClient: Sendable {
    package let service: AWSService
    package let endpoint: URL
    package let region: String
    package let credentials: any CredentialProvider
    package var transport: AWSTransport
    private let now: @Sendable () -> Date

    package init(service: AWSService, endpoint: URL, region: String, credentials: any CredentialProvider,
                transport: AWSTransport = AWSTransport(), now: @escaping @Sendable () -> Date = Date.init) {
        self.service = service
        self.endpoint = endpoint
        self.region = region
        self.credentials = credentials
        self.transport = transport
        self.now = now
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
        async throws(ClientError) -> HTTPResponse {
        try await transport.send(method: method, url: url, headers: standardHeaders(for: url) + headers, body: body)
    }

    /// Host and User-Agent, on every request.
    private static func standardHeaders(for url: URL) -> [HTTPHeader] {
        [HTTPHeader("Host", SigV4Signer.hostHeader(for: url)), HTTPHeader("User-Agent", "lenstail/\(LenstailVersion.current)")]
    }

    /// Signs and sends one request; returns a 2xx response, throws any other as a `ClientError`.
    package func send(method: String = "POST", path: String, headers: [HTTPHeader] = [], body: [UInt8])
        async throws(ClientError) -> HTTPResponse {
        let response = try await sendSigned(method: method, path: path, headers: headers, body: body)
        guard response.isSuccess else {
            throw .service(ServiceError(status: response.status, header: response.header, body: response.body))
        }
        return response
    }

    /// Signs and sends one request and returns whatever status came back (for protocols whose
    /// errors are not JSON, such as STS's XML). A request refused because the credentials expired
    /// (revoked early, or this clock ahead of the service's) is signed with freshly resolved
    /// credentials and sent once more.
    package func sendSigned(method: String, path: String, headers: [HTTPHeader], body: [UInt8])
        async throws(ClientError) -> HTTPResponse {
        let response = try await signAndSend(method: method, path: path, headers: headers, body: body)
        guard (400..<500).contains(response.status),
              ServiceError.expiredCredentialCodes.contains(ServiceError.errorCode(of: response)) else { return response }
        await credentials.invalidate()
        return try await signAndSend(method: method, path: path, headers: headers, body: body)
    }

    private func signAndSend(method: String, path: String, headers: [HTTPHeader], body: [UInt8])
        async throws(ClientError) -> HTTPResponse {
        let resolved: ResolvedCredentials
        do {
            resolved = try await credentials.resolve()
        } catch is CancellationError {
            throw .cancelled
        } catch {
            throw .credentials(String(describing: error))
        }
        let url = url(path: path)
        let signer = SigV4Signer(credentials: resolved.credentials, region: region, service: service.signingName)
        var all = Self.standardHeaders(for: url) + headers
        all += signer.sign(method: method, url: url, headers: headers, body: body, date: now())
        var response = try await transport.send(method: method, url: url, headers: all, body: body)
        if !response.isSuccess {
            let used = resolved.credentials
            response.body = Redaction.redact(response.body, [used.secretAccessKey, used.sessionToken])
        }
        return response
    }
}
