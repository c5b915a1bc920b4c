import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// Amazon Connect's operations for acting on calls and looking back (rest-json, signed for
/// `connect` on `connect.{region}.amazonaws.com`): MonitorContact, SearchUsers, DescribeContact,
/// ListAssociatedContacts, GetCurrentMetricData, SearchContacts, ListInstanceStorageConfigs.
/// Each method validates the request against the model, sends one attempt and reads the answer;
/// callers page and pace (MonitorContact alone retries, with one idempotency token).
package struct ConnectClient: Sendable {
    package let service: AWSServiceClient

    package init(service: AWSServiceClient) { self.service = service }

    package init(
        endpoint: URL, region: String, credentials: any CredentialProvider, timeout: Duration = .seconds(10),
        now: @escaping @Sendable () -> Date = Date.init, clock: ClockCorrection = ClockCorrection()
    ) {
        self.init(
            service: AWSServiceClient(
                service: .connect, endpoint: endpoint, region: region, credentials: credentials,
                transport: AWSTransport(timeout: timeout), now: now, clock: clock))
    }

    package var endpoint: URL { service.endpoint }
    package var credentials: any CredentialProvider { service.credentials }

    /// POSTs `body` as JSON to `path` and reads the answer as `Response`.
    func post<Body: Encodable, Response: Decodable>(
        _ operation: String, path: String, body: Body, as: Response.Type
    ) async throws(ClientError) -> Response {
        let bytes: [UInt8]
        do { bytes = try ConnectJSON.encode(body) } catch {
            throw .invalidRequest(RequestValidationError("cannot encode the \(operation) request: \(error)"))
        }
        let response = try await service.send(
            method: "POST", path: path, headers: [HTTPHeader("Content-Type", "application/json")], body: bytes)
        return try Self.read(Response.self, operation, response.body)
    }

    /// GETs `path` (with its query) and reads the answer as `Response`.
    func get<Response: Decodable>(_ operation: String, path: String, as: Response.Type) async throws(ClientError)
        -> Response
    {
        let response = try await service.send(method: "GET", path: path, body: [])
        return try Self.read(Response.self, operation, response.body)
    }

    static func read<Response: Decodable>(_ type: Response.Type, _ operation: String, _ body: [UInt8]) throws(ClientError)
        -> Response
    {
        do { return try ConnectJSON.decode(type, from: body) } catch {
            throw .malformedResponse("\(operation): \(DecodingFailure.describe(error))")
        }
    }

    /// Checks a request before anything is sent.
    static func checked(_ validate: () throws(RequestValidationError) -> Void) throws(ClientError) {
        do { try validate() } catch { throw .invalidRequest(error) }
    }

    /// Follows NextToken from `first` until a page has none; a token seen before ends the walk
    /// (a broken service, not more data), as does `limit` items.
    static func pages<Item>(
        limit: Int = .max, first: String? = nil, _ page: (String?) async throws(ClientError) -> (items: [Item], next: String?)
    ) async throws(ClientError) -> [Item] {
        var all: [Item] = []
        var token = first
        var seen = Set<String>()
        repeat {
            let (items, next) = try await page(token)
            all += items
            guard let next, !next.isEmpty, seen.insert(next).inserted else { break }
            token = next
        } while all.count < limit
        return Array(all.prefix(limit))
    }
}
