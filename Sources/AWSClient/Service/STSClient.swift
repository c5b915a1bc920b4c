import AWSSigV4
import FoundationEssentials
import LensBasics

/// STS over its query protocol: a form-encoded POST (`Action=…&Version=2011-06-15&…`) answered
/// in XML, errors included. AssumeRole and GetCallerIdentity are signed with the caller's
/// credentials; AssumeRoleWithWebIdentity is not (the token is the proof).
package struct STSClient: Sendable {
    package let endpoint: URL
    /// The region signed for; STS's regional endpoints each answer for their own region.
    package let region: String
    package var transport: AWSTransport
    /// The offset to AWS's clock its signed calls use and learn (see `ClockCorrection`).
    package let clock: ClockCorrection
    private let now: @Sendable () -> Date

    package init(
        endpoint: URL, region: String, transport: AWSTransport = AWSTransport(),
        now: @escaping @Sendable () -> Date = Date.init, clock: ClockCorrection = ClockCorrection()
    ) {
        self.endpoint = endpoint
        self.region = region
        self.transport = transport
        self.now = now
        self.clock = clock
    }

    /// On https://sts.{region}.amazonaws.com, or AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL when set.
    package init(
        region: String, environment: AWSEnvironment, transport: AWSTransport = AWSTransport(),
        now: @escaping @Sendable () -> Date = Date.init, clock: ClockCorrection = ClockCorrection()
    ) throws {
        let endpoint = try EndpointResolver.resolve(
            .sts, override: nil, region: region, environment: environment,
            allowInsecure: false)
        self.init(endpoint: endpoint, region: region, transport: transport, now: now, clock: clock)
    }

    /// The account, ARN and user id of whoever `credentials` belong to.
    package func getCallerIdentity(credentials: any CredentialProvider) async throws(ClientError) -> CallerIdentity {
        let xml = try await call("GetCallerIdentity", [], signedWith: credentials)
        let result = "GetCallerIdentityResult/"
        guard let account = xml[result + "Account"], let arn = xml[result + "Arn"], let userId = xml[result + "UserId"] else {
            throw .malformedResponse("STS GetCallerIdentity answered without Account, Arn or UserId")
        }
        return CallerIdentity(account: account, arn: arn, userId: userId)
    }

    /// Temporary credentials of the role, asked for with `credentials` (the source profile's).
    package func assumeRole(_ request: AssumeRoleRequest, credentials: any CredentialProvider)
        async throws(ClientError) -> STSCredentials
    {
        let xml = try await call(
            "AssumeRole", request.parameters, signedWith: credentials,
            secrets: [request.tokenCode].compactMap { $0 })
        return try STSCredentials(xml, result: "AssumeRoleResult")
    }

    /// Temporary credentials of the role for the holder of an OIDC token (EKS, GitHub Actions…).
    package func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: String)
        async throws(ClientError) -> STSCredentials
    {
        let parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName), ("WebIdentityToken", token)]
        let xml = try await call("AssumeRoleWithWebIdentity", parameters, signedWith: nil, secrets: [token])
        return try STSCredentials(xml, result: "AssumeRoleWithWebIdentityResult")
    }

    /// POSTs one action and returns its XML answer; an error answer is `.service`, with `secrets`
    /// (a token, an MFA code) and the signing credentials cut out should STS ever echo them.
    private func call(
        _ action: String, _ parameters: [(String, String)], signedWith credentials: (any CredentialProvider)?,
        secrets: [String] = []
    ) async throws(ClientError) -> XMLTree {
        let body = Array(Self.formEncoded([("Action", action), ("Version", "2011-06-15")] + parameters).utf8)
        let headers = [HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")]
        let response: HTTPResponse
        if let credentials {
            response = try await AWSServiceClient(
                service: .sts, endpoint: endpoint, region: region, credentials: credentials,
                transport: transport, now: now, clock: clock
            )
            .sendSigned(method: "POST", path: "/", headers: headers, body: body)
        } else {
            response = try await AWSServiceClient.sendUnsigned(
                transport, method: "POST", url: AWSServiceClient.url(endpoint: endpoint, path: "/"), headers: headers, body: body)
        }
        guard response.isSuccess else {
            throw .service(
                ServiceError(
                    queryStatus: response.status, header: response.header,
                    body: Redaction.redact(response.body, secrets)))
        }
        do {
            return try XMLReader.parse(response.body)
        } catch {
            throw .malformedResponse("STS \(action) answered with a body that is not XML (\(error))")
        }
    }

    /// application/x-www-form-urlencoded, every byte but the unreserved ones percent-encoded.
    static func formEncoded(_ parameters: [(String, String)]) -> String {
        func encode(_ text: String) -> String { text.percentEncoded(keeping: \.isUnreservedInURI) }
        return parameters.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }
}
