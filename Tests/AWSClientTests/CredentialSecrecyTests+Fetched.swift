import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// Credentials fetched over the network: an endpoint that echoes back everything it was sent
/// (the signing credentials' token, the web identity token, the MFA code, the SSO access token,
/// the container token) in its error, or answers with a secret in a malformed body, never gets
/// one into a message; resolved credentials print none.
extension CredentialSecrecyTests {
    static let webToken = "eyJhbGciOiJSUzI1NiJ9.WEBIDENTITYSECRET.sig"
    static let ssoToken = "aoaAAAAAGSSOACCESSTOKENSECRET"
    static let mfaCode = "975310"
    static let boxToken = "CONTAINERAUTHTOKENSECRET"
    static let secrets = [secret, token, webToken, ssoToken, mfaCode, boxToken]

    static let fetched = ["web identity", "mfa role", "sso", "container", "imds", "sts malformed", "sso malformed"]

    /// Everything the request carried, escaped for a JSON or XML string.
    static func echo(_ request: StubHTTPServer.Request) -> String {
        let all = request.headers.map(\.value).joined(separator: " ") + " " + String(decoding: request.body, as: UTF8.self)
        return all.replacingOccurrences(of: "&", with: " ").replacingOccurrences(of: "<", with: " ")
            .replacingOccurrences(of: "\"", with: " ").replacingOccurrences(of: "\\", with: " ")
    }

    static func echoing(_ kind: String) throws -> StubHTTPServer {
        try StubHTTPServer { request in
            let all = echo(request)
            switch kind {
            case "sts malformed":
                return .init(
                    status: 200,
                    body: "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>A</AccessKeyId>"
                        + "<SecretAccessKey>\(secret)</SecretAccessKey><Expiration>\(token)</Expiration></Credentials>"
                        + "</AssumeRoleResult></AssumeRoleResponse>")
            case "sso malformed":
                return .json(
                    #"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"\#(secret)","sessionToken":"\#(token)"}}"#)
            case "imds":
                if request.method == "PUT" { return .init(status: 200, body: boxToken) }
                if request.path.hasSuffix("/") { return .init(status: 200, body: "role") }
                return .json(#"{"Code":"\#(all)","Message":"\#(all)","AccessKeyId":"A"}"#)
            case "sso", "container":
                return .json(#"{"message":"\#(all)"}"#, status: 500)
            default:
                return .init(
                    status: 400,
                    body: "<ErrorResponse><Error><Code>InvalidIdentityToken</Code><Message>\(all)</Message>"
                        + "</Error></ErrorResponse>")
            }
        }
    }

    @Test(arguments: fetched)
    func fetchedSecretsNeverReachAMessage(_ kind: String) async throws {
        let stub = try Self.echoing(kind)
        defer { stub.stop() }
        let home = try TempAWSHome()
        try home.write(Self.webToken, to: home.root + "/token")
        try FileManager.default.createDirectory(atPath: home.root + "/.aws/sso/cache", withIntermediateDirectories: true)
        try home.write(
            #"{"accessToken":"\#(Self.ssoToken)","expiresAt":"2099-01-01T00:00:00Z"}"#,
            to: SSOToken.cachePath(key: "s", homeDirectory: home.root))
        try home.writeCredentials(
            "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = \(Self.secret)\n"
                + "aws_session_token = \(Self.token)\n")
        try home.writeConfig(
            """
            [profile web identity]
            web_identity_token_file = \(home.root)/token
            role_arn = arn:aws:iam::1:role/r
            [profile mfa role]
            role_arn = arn:aws:iam::1:role/r
            source_profile = base
            mfa_serial = arn:aws:iam::1:mfa/m
            [profile sts malformed]
            role_arn = arn:aws:iam::1:role/r
            source_profile = base
            [sso-session s]
            sso_start_url = https://s.awsapps.com/start
            sso_region = eu-west-1
            [profile sso]
            sso_session = s
            sso_account_id = 1
            sso_role_name = r
            [profile sso malformed]
            sso_session = s
            sso_account_id = 1
            sso_role_name = r
            [profile container]
            region = us-east-1
            [profile imds]
            region = us-east-1
            """)
        let env = home.environment([
            "AWS_ENDPOINT_URL_STS": stub.url, "AWS_ENDPOINT_URL_SSO": stub.url,
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": kind == "container" ? stub.url + "/c" : "",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": Self.boxToken,
            "AWS_EC2_METADATA_DISABLED": kind == "imds" ? "false" : "true", "AWS_EC2_METADATA_SERVICE_ENDPOINT": stub.url,
        ])
        var chain = CredentialChain(profile: kind, environment: env, mfaPrompt: FixedMFAPrompt(Self.mfaCode))
        if kind == "container" || kind == "imds" {
            chain = CredentialChain(profile: nil, environment: env)
        }
        let error = await #expect(throws: (any Error).self) { try await chain.resolve() }
        let shown = [error.map { "\($0)" }, error.map { String(reflecting: $0) }, error?.localizedDescription].compactMap { $0 }
        #expect(!shown.isEmpty)
        for message in shown {
            for secret in Self.secrets {
                #expect(!message.contains(secret), "\(kind) leaked \(secret): \(message)")
            }
        }
        print("FIGURE secrecy \(kind): \(shown.first ?? "")")
    }

    @Test func fetchedCredentialsPrintWithoutSecrets() async throws {
        let box = try StubHTTPServer { _ in
            .json(
                #"{"AccessKeyId":"ASIASHOWN","SecretAccessKey":"\#(Self.secret)","Token":"\#(Self.token)","Expiration":"2099-01-01T00:00:00Z"}"#
            )
        }
        defer { box.stop() }
        let home = try TempAWSHome()
        let resolved = try await CredentialChain(
            profile: nil,
            environment: home.environment([
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": box.url
            ])
        ).resolve()
        var dumped = ""
        dump(resolved, to: &dumped)
        for text in ["\(resolved)", String(reflecting: resolved), dumped, resolved.source] {
            #expect(text.contains("ASIASHOWN") || text == resolved.source)
            #expect(!text.contains(Self.secret) && !text.contains(Self.token), "leaked: \(text)")
        }
    }
}
