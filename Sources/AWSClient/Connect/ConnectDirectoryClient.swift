import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// Amazon Connect's floor and directory calls the wall needs (rest-json, signed for `connect`
/// on `connect.{region}.amazonaws.com`): GetCurrentUserData and the ListQueues, ListUsers and
/// ListRoutingProfiles listings. One call is one attempt; callers page and pace.
package struct ConnectDirectoryClient: Sendable {
    package let service: AWSServiceClient

    package init(
        endpoint: URL, region: String, credentials: any CredentialProvider, timeout: Duration = .seconds(10),
        now: @escaping @Sendable () -> Date = Date.init, clock: ClockCorrection = ClockCorrection()
    ) {
        service = AWSServiceClient(
            service: .connect, endpoint: endpoint, region: region, credentials: credentials,
            transport: AWSTransport(timeout: timeout), now: now, clock: clock)
    }

    package var endpoint: URL { service.endpoint }
    package var credentials: any CredentialProvider { service.credentials }

    /// One page of GetCurrentUserData.
    package func getCurrentUserData(_ request: GetCurrentUserDataRequest) async throws(ClientError)
        -> GetCurrentUserDataResponse
    {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        let body: [UInt8]
        do { body = Array(try JSONEncoder().encode(request.body)) } catch {
            throw .invalidRequest(RequestValidationError("cannot encode the GetCurrentUserData request: \(error)"))
        }
        let response = try await service.send(
            method: GetCurrentUserData.method, path: GetCurrentUserData.path(instanceId: request.instanceId),
            headers: [HTTPHeader("Content-Type", "application/json")], body: body)
        do {
            var page = try JSONDecoder().decode(GetCurrentUserDataResponse.self, from: Data(response.body))
            if page.nextToken?.isEmpty == true { page.nextToken = nil }
            return page
        } catch {
            throw .malformedResponse("GetCurrentUserData: \(DecodingFailure.describe(error))")
        }
    }

    /// Every user data entry for `filters`, following NextToken.
    package func allCurrentUserData(instanceId: String, filters: UserDataFilters, pageSize: Int = 100)
        async throws(ClientError) -> [UserData]
    {
        var request = GetCurrentUserDataRequest(instanceId: instanceId, filters: filters, maxResults: pageSize)
        var all: [UserData] = []
        var seen = Set<String>()
        while true {
            let page = try await getCurrentUserData(request)
            all += page.userDataList
            // A token seen before would loop for ever: a broken service, not more data.
            guard let token = page.nextToken, seen.insert(token).inserted else { return all }
            request.nextToken = token
        }
    }

    /// One page of a listing.
    package func list(_ kind: DirectoryKind, instanceId: String, nextToken: String? = nil, maxResults: Int? = nil)
        async throws(ClientError) -> DirectoryPage
    {
        do { try ConnectPath.checkInstanceId(instanceId) } catch { throw .invalidRequest(error) }
        if let maxResults, !DirectoryKind.maxResultsRange.contains(maxResults) {
            throw .invalidRequest(RequestValidationError("MaxResults must be between 1 and 1000 (got \(maxResults))"))
        }
        var query: [String] = []
        if let maxResults { query.append("maxResults=\(maxResults)") }
        if let nextToken { query.append("nextToken=\(ConnectPath.label(nextToken))") }
        let path = kind.path(instanceId: instanceId) + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        let response = try await service.send(method: "GET", path: path, body: [])
        do { return try DirectoryPage.decode(response.body, kind: kind) } catch {
            throw .malformedResponse("\(kind.operation): \(DecodingFailure.describe(error))")
        }
    }

    /// Every entry of a listing, following nextToken.
    package func listAll(_ kind: DirectoryKind, instanceId: String, pageSize: Int = 1000) async throws(ClientError)
        -> [ResourceSummary]
    {
        var page = try await list(kind, instanceId: instanceId, maxResults: pageSize)
        var all = page.items
        var seen = Set<String>()
        while let token = page.nextToken, !token.isEmpty, seen.insert(token).inserted {
            page = try await list(kind, instanceId: instanceId, nextToken: token, maxResults: pageSize)
            all += page.items
        }
        return all
    }
}
