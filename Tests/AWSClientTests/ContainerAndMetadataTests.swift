import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// Container credentials and EC2 instance metadata, each a loopback stub reached through the
/// variables that move them (AWS_CONTAINER_CREDENTIALS_FULL_URI, AWS_EC2_METADATA_SERVICE_ENDPOINT).
@Suite struct ContainerAndMetadataTests {
    static let expiration = "2099-01-01T00:00:00Z"
    static let answer =
        #"{"AccessKeyId":"ASIABOX","SecretAccessKey":"boxsecret","Token":"boxtoken","Expiration":"2099-01-01T00:00:00Z"}"#

    @Test func containerCredentialsSendTheTokenFromItsFile() async throws {
        let box = try StubHTTPServer {
            $0.header("Authorization") == "pod-identity-token" ? .json(Self.answer) : .init(status: 401)
        }
        defer { box.stop() }
        let home = try TempAWSHome()
        try home.write("pod-identity-token\n", to: home.root + "/token")
        let env = home.environment([
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": box.url + "/v1/credentials",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": home.root + "/token",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-a-file-is-set",
        ])
        let resolved = try await CredentialChain(profile: nil, environment: env).resolve()
        #expect(resolved.credentials.accessKeyId == "ASIABOX")
        #expect(resolved.credentials.sessionToken == "boxtoken")
        #expect(resolved.source == "container credentials (\(box.url))")
        #expect(resolved.expiration == RFC3339.parse(Self.expiration))
        #expect(box.requests.map(\.path) == ["/v1/credentials"])
    }

    @Test(arguments: ["http://192.0.2.10/creds", "http://example.com/creds", "ftp://127.0.0.1/creds"])
    func aPlainHTTPContainerURIMustBeLoopbackOrAnAgent(_ uri: String) async throws {
        let home = try TempAWSHome()
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: nil, environment: home.environment(["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri]))
                .resolve()
        }
        #expect(error?.kind == .invalidConfiguration)
    }

    @Test func aFailingContainerEndpointIsTriedThreeTimesThenOneLine() async throws {
        let box = try StubHTTPServer { _ in .json(#"{"message":"the token pod-identity-token is bad"}"#, status: 500) }
        defer { box.stop() }
        let home = try TempAWSHome()
        var provider = ContainerCredentialProvider(
            environment: home.environment([
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": box.url + "/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "pod-identity-token",
            ]))
        provider.pause = .milliseconds(10)
        let error = await #expect(throws: CredentialError.self) { try await provider.resolve() }
        #expect(box.requests.count == 3)
        #expect(error?.description == "container credentials (\(box.url)) failed after 3 tries: HTTP 500")
    }

    /// PUT a token, GET the role with it, GET its credentials with it; IMDSv1 is never used.
    static func metadata(tokenStatus: Int = 200, delay: Duration = .zero) throws -> StubHTTPServer {
        try StubHTTPServer { request in
            if request.method == "PUT" {
                guard request.path == "/latest/api/token", request.header("x-aws-ec2-metadata-token-ttl-seconds") == "21600"
                else {
                    return .init(status: 400)
                }
                return .init(status: tokenStatus, body: tokenStatus == 200 ? "imds-token" : "", delay: delay)
            }
            guard request.header("x-aws-ec2-metadata-token") == "imds-token" else { return .init(status: 401) }
            switch request.path {
            case "/latest/meta-data/iam/security-credentials/": return .init(status: 200, body: "web-tier\n")
            case "/latest/meta-data/iam/security-credentials/web-tier": return .json(Self.answer)
            default: return .init(status: 404)
            }
        }
    }

    @Test func instanceMetadataIsReadWithAnIMDSv2Token() async throws {
        let imds = try Self.metadata()
        defer { imds.stop() }
        let home = try TempAWSHome()
        let env = home.environment(["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": imds.url])
        let resolved = try await CredentialChain(profile: nil, environment: env).resolve()
        #expect(resolved.source == "EC2 instance metadata (role web-tier)")
        #expect(resolved.credentials.accessKeyId == "ASIABOX")
        #expect(resolved.expiration == RFC3339.parse(Self.expiration))
        #expect(
            imds.requests.map { "\($0.method) \($0.path)" } == [
                "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
                "GET /latest/meta-data/iam/security-credentials/web-tier",
            ])
    }

    @Test func aRefusedTokenMeansNoInstanceRoleAndNoIMDSv1Request() async throws {
        let imds = try Self.metadata(tokenStatus: 403)
        defer { imds.stop() }
        let home = try TempAWSHome()
        let env = home.environment(["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": imds.url])
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: nil, environment: env).resolve()
        }
        #expect(error?.kind == .notFound)
        #expect(
            error?.description.hasSuffix(
                "EC2 instance metadata: \(imds.url)/ refused an IMDSv2 token (HTTP 403);"
                    + " lenstail does not use IMDSv1)") == true, "\(error?.description ?? "")")
        #expect(imds.requests.map(\.method) == ["PUT"])
    }

    @Test func aSilentMetadataServiceIsGivenUpAfterOneSecond() async throws {
        let imds = try Self.metadata(delay: .seconds(120))
        defer { imds.stop() }
        let home = try TempAWSHome()
        let env = home.environment(["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": imds.url])
        let started = ContinuousClock.now
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: nil, environment: env).resolve()
        }
        let took = started.duration(to: .now)
        // 1 s of waiting; the rest is a loaded machine's scheduling. The stub would answer after 120 s.
        #expect(took < .seconds(30), "took \(took)")
        #expect(error?.description.contains("no answer from \(imds.url)/ within 1 s") == true, "\(error?.description ?? "")")
        print("FIGURE imds silent: gave up after \(took)")
    }

    @Test func disabledMetadataIsNeverAsked() async throws {
        let imds = try Self.metadata()
        defer { imds.stop() }
        let home = try TempAWSHome()
        let env = home.environment(["AWS_EC2_METADATA_DISABLED": "TRUE", "AWS_EC2_METADATA_SERVICE_ENDPOINT": imds.url])
        await #expect(throws: CredentialError.self) { try await CredentialChain(profile: nil, environment: env).resolve() }
        #expect(imds.requests.isEmpty)
    }
}
