import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// The IAM Identity Center portal's GetRoleCredentials: trades the access token that
/// `aws sso login` cached for a role's temporary credentials. Unsigned: the bearer token is the proof.
package struct SSOClient: Sendable {
    package let endpoint: URL
    package var transport: AWSTransport

    package init(endpoint: URL, transport: AWSTransport = AWSTransport()) {
        self.endpoint = endpoint
        self.transport = transport
    }

    /// On https://portal.sso.{region}.amazonaws.com, or AWS_ENDPOINT_URL_SSO / AWS_ENDPOINT_URL when set.
    package init(region: String, environment: AWSEnvironment, transport: AWSTransport = AWSTransport()) throws {
        let endpoint = try EndpointResolver.resolve(
            .sso, override: nil, region: region, environment: environment,
            allowInsecure: false)
        self.init(endpoint: endpoint, transport: transport)
    }

    /// GET /federation/credentials?account_id=…&role_name=…; the token never reaches an error message.
    package func getRoleCredentials(accountId: String, roleName: String, accessToken: String)
        async throws(ClientError) -> (credentials: AWSCredentials, expiration: Date)
    {
        var components = URLComponents()
        components.queryItems = [
            URLQueryItem(name: "account_id", value: accountId),
            URLQueryItem(name: "role_name", value: roleName),
        ]
        let query = components.percentEncodedQuery?.replacing("+", with: "%2B") ?? ""
        let url = AWSServiceClient.url(endpoint: endpoint, path: "/federation/credentials?" + query)
        let response = try await AWSServiceClient.sendUnsigned(
            transport, method: "GET", url: url, headers: [HTTPHeader("x-amz-sso_bearer_token", accessToken)], body: [])
        guard response.isSuccess else {
            throw .service(
                ServiceError(
                    status: response.status, header: response.header,
                    body: Redaction.redact(response.body, [accessToken])))
        }
        let json = (try? JSONValue.parse(response.body))?.members
        guard let role = json?["roleCredentials"]?.members,
            let accessKey = role["accessKeyId"]?.string, !accessKey.isEmpty,
            let secret = role["secretAccessKey"]?.string, !secret.isEmpty,
            let token = role["sessionToken"]?.string, !token.isEmpty
        else {
            throw .malformedResponse(
                "the SSO portal answered without roleCredentials"
                    + " (accessKeyId, secretAccessKey, sessionToken)")
        }
        guard let millis = role["expiration"]?.double else {
            throw .malformedResponse("the SSO portal answered without a numeric roleCredentials.expiration")
        }
        return (
            AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token),
            Date(timeIntervalSince1970: millis / 1000)
        )
    }
}
