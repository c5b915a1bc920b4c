import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// SSO: the cached `aws sso login` token, traded at a loopback portal; a missing, expired or
/// refused token says to log in again.
@Suite struct SSOCredentialTests {
    static let config = """
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-west-1
        [profile admin]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = Admin
        """

    /// A portal that accepts "good-token" only.
    static func portal() throws -> StubHTTPServer {
        try StubHTTPServer { request in
            guard request.header("x-amz-sso_bearer_token") == "good-token" else {
                return .init(
                    status: 401, headers: [("x-amzn-ErrorType", "UnauthorizedException")],
                    body: #"{"message":"Session token not found or invalid"}"#)
            }
            return .json(
                #"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"ssosecret","#
                    + #""sessionToken":"ssotoken","expiration":1900000000000}}"#)
        }
    }

    static func cacheToken(
        _ home: TempAWSHome, key: String = "corp", token: String = "good-token",
        expiresAt: String = RFC3339.format(Date().addingTimeInterval(3600))
    ) throws {
        try FileManager.default.createDirectory(atPath: home.root + "/.aws/sso/cache", withIntermediateDirectories: true)
        try home.write(
            #"{"accessToken":"\#(token)","expiresAt":"\#(expiresAt)"}"#,
            to: SSOToken.cachePath(key: key, homeDirectory: home.root))
    }

    func resolve(_ home: TempAWSHome, portal: StubHTTPServer?, profile: String = "admin") async throws -> ResolvedCredentials {
        let env = home.environment(["AWS_ENDPOINT_URL_SSO": portal?.url ?? "http://127.0.0.1:9"])
        return try await CredentialChain(profile: profile, environment: env).resolve()
    }

    @Test func theCacheFileIsNamedBySHA1AsBotocoreNamesIt() {
        // SHA-1("abc"), the FIPS 180 test vector.
        #expect(
            SSOToken.cachePath(key: "abc", homeDirectory: "/h")
                == "/h/.aws/sso/cache/a9993e364706816aba3e25717850c26c9cd0d89d.json")
    }

    @Test func anSSOSessionProfileTradesTheCachedTokenAtThePortal() async throws {
        let portal = try Self.portal()
        defer { portal.stop() }
        let home = try TempAWSHome()
        try home.writeConfig(Self.config)
        try Self.cacheToken(home)
        let resolved = try await resolve(home, portal: portal)
        #expect(resolved.credentials.accessKeyId == "ASIASSO")
        #expect(resolved.credentials.sessionToken == "ssotoken")
        #expect(resolved.source == "SSO session 'corp' (account 111122223333, role Admin)")
        #expect(resolved.expiration == Date(timeIntervalSince1970: 1_900_000_000))
        let request = try #require(portal.requests.first)
        #expect(request.method == "GET")
        #expect(request.target == "/federation/credentials?account_id=111122223333&role_name=Admin")
        #expect(request.header("Authorization") == nil, "the portal call is unsigned")
    }

    @Test func theLegacyFormKeysTheCacheByStartURL() async throws {
        let portal = try Self.portal()
        defer { portal.stop() }
        let home = try TempAWSHome()
        try home.writeConfig(
            "[profile old]\nsso_start_url = https://old.awsapps.com/start\nsso_region = us-east-2\n"
                + "sso_account_id = 111122223333\nsso_role_name = ReadOnly\n")
        try Self.cacheToken(home, key: "https://old.awsapps.com/start", expiresAt: "2099-01-01T00:00:00UTC")
        let resolved = try await resolve(home, portal: portal, profile: "old")
        #expect(resolved.source == "SSO start URL https://old.awsapps.com/start (account 111122223333, role ReadOnly)")
    }

    @Test(arguments: ["expired", "missing", "refused"])
    func aTokenThatCannotBeUsedSaysToLogInAgain(_ problem: String) async throws {
        let portal = try Self.portal()
        defer { portal.stop() }
        let home = try TempAWSHome()
        try home.writeConfig(Self.config)
        switch problem {
        case "expired": try Self.cacheToken(home, expiresAt: RFC3339.format(Date().addingTimeInterval(-60)))
        case "refused": try Self.cacheToken(home, token: "revoked-token")
        default: break
        }
        let error = await #expect(throws: CredentialError.self) { try await resolve(home, portal: portal) }
        #expect(error?.kind == .ssoLoginRequired)
        #expect(error?.description.hasSuffix("run aws sso login --profile admin") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("token") == true)
        #expect(error?.description.contains("revoked-token") == false)
        #expect(error?.description.split(separator: "\n").count == 1)
        #expect(portal.requests.count == (problem == "refused" ? 1 : 0), "an unusable token is not sent")
        print("FIGURE sso \(problem) token: \(error?.description ?? "")")
    }

    @Test func aProfileAndItsSessionMustAgree() async throws {
        let home = try TempAWSHome()
        try home.writeConfig(Self.config + "\nsso_region = us-west-2\n")
        let error = await #expect(throws: CredentialError.self) { try await resolve(home, portal: nil) }
        #expect(error?.kind == .invalidConfiguration)
        #expect(
            error?.description
                == "sso_region of profile 'admin' (us-west-2) differs from that of its sso-session 'corp' (eu-west-1)")
    }
}
