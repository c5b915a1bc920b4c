import AWSSigV4
import Foundation

/// Sends SigV4-signed requests to one AWS service in one region: resolves the credentials, signs,
/// sends through the transport and turns an error response of a JSON protocol (rest-json, JSON
/// 1.1) into `ClientError.service`. The per-service clients are thin layers over it.
public struct AWSServiceClient: Sendable {
    public let service: AWSService
    public let endpoint: URL
    public let region: String
    public let credentials: any CredentialProvider
    public var transport: AWSTransport
    private let now: @Sendable () -> Date

    public init(service: AWSService, endpoint: URL, region: String, credentials: any CredentialProvider,
                transport: AWSTransport = AWSTransport(), now: @escaping @Sendable () -> Date = Date.init) {
        self.service = service
        self.endpoint = endpoint
        self.region = region
        self.credentials = credentials
        self.transport = transport
        self.now = now
    }

    /// The URL of `path` on the endpoint, keeping the endpoint's own path (a proxy prefix, say).
    public func url(path: String) -> URL {
        var base = endpoint.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + path)!
    }

    /// Signs and sends one request; returns a 2xx response, throws any other as a `ClientError`.
    public func send(method: String = "POST", path: String, headers: [HTTPHeader] = [], body: [UInt8])
        async throws(ClientError) -> HTTPResponse {
        let response = try await sendSigned(method: method, path: path, headers: headers, body: body)
        guard response.isSuccess else {
            throw .service(ServiceError(status: response.status, header: response.header, body: response.body))
        }
        return response
    }

    /// Signs and sends one request and returns whatever status came back (for protocols whose
    /// errors are not JSON, such as STS's XML).
    public func sendSigned(method: String, path: String, headers: [HTTPHeader], body: [UInt8])
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
        var all = [HTTPHeader("Host", SigV4Signer.hostHeader(for: url)),
                   HTTPHeader("User-Agent", "lenstail/\(LenstailVersion.current)")] + headers
        all += signer.sign(method: method, url: url, headers: headers, body: body, date: now())
        return try await transport.send(method: method, url: url, headers: all, body: body)
    }
}
