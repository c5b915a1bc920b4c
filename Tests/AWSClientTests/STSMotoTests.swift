import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// STS through moto's server on loopback, a peer nobody here wrote: AssumeRole with every
/// profile setting, role chains, web identity, GetCallerIdentity, renewal before expiry. One
/// server for the suite, tests one at a time (the differential test seeds its random generator).
@Suite(
    .serialized, .motoServer,
    .enabled(
        if: MotoServer.installedPath != nil || MotoServer.isCI,
        "moto_server is not installed (pip install 'moto[server]')"))
struct STSMotoTests {
    func moto() throws -> MotoServer {
        try #require(MotoServer.current, "CI=true but moto_server is not on PATH")
    }

    /// A home whose STS is `sts` (moto, or a recording proxy in front of it).
    func environment(_ home: TempAWSHome, sts: String, _ more: [String: String] = [:]) -> AWSEnvironment {
        home.environment(["AWS_ENDPOINT_URL_STS": sts, "AWS_DEFAULT_REGION": "us-east-1"].merging(more) { $1 })
    }

    /// moto's record of the role sessions it handed out, oldest first.
    func assumedRoles(_ moto: MotoServer) throws -> [[String: Any]] {
        try moto.data()["sts"]?["AssumedRole"] ?? []
    }

    static let baseProfile = "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n"

    @Test func getCallerIdentityNamesWhoeverTheCredentialsBelongTo() async throws {
        let moto = try moto()
        let sts = STSClient(endpoint: URL(string: moto.url)!, region: "us-east-1")
        let user = try await sts.getCallerIdentity(
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: "AKIDUSER", secretAccessKey: "s")))
        #expect(
            user
                == CallerIdentity(
                    account: "123456789012", arn: "arn:aws:sts::123456789012:user/moto",
                    userId: "AKIAIOSFODNN7EXAMPLE"))
        print("FIGURE sts GetCallerIdentity (static keys): \(user.account) \(user.arn)")

        let home = try TempAWSHome()
        try home.writeCredentials(Self.baseProfile)
        try home.writeConfig(
            "[profile dev]\nrole_arn = arn:aws:iam::222222222222:role/viewer\nsource_profile = base\n"
                + "role_session_name = who-am-i\n")
        let chain = CredentialChain(profile: "dev", environment: environment(home, sts: moto.url))
        let role = try await sts.getCallerIdentity(credentials: chain)
        #expect(role.account == "222222222222")
        #expect(role.arn == "arn:aws:sts::222222222222:assumed-role/viewer/who-am-i")
        #expect(role.userId.hasSuffix(":who-am-i"))
        print("FIGURE sts GetCallerIdentity (assumed role): \(role.arn)")
    }

    @Test func assumeRoleSendsSessionNameExternalIdAndDuration() async throws {
        let moto = try moto()
        let home = try TempAWSHome()
        try home.writeCredentials(Self.baseProfile)
        try home.writeConfig(
            """
            [profile dev]
            role_arn = arn:aws:iam::111111111111:role/reader
            source_profile = base
            role_session_name = ana-laptop
            external_id = ext-42
            duration_seconds = 1800
            """)
        let before = try assumedRoles(moto).count
        let resolved = try await CredentialChain(profile: "dev", environment: environment(home, sts: moto.url)).resolve()
        #expect(resolved.source == "assumed role arn:aws:iam::111111111111:role/reader via profile 'dev' (source profile 'base')")
        #expect(resolved.credentials.accessKeyId.hasPrefix("ASIA"))
        #expect(resolved.credentials.sessionToken != nil)
        let lifetime = try #require(resolved.expiration).timeIntervalSinceNow
        #expect(abs(lifetime - 1800) < 120, "expires in \(lifetime) s")
        let sessions = try assumedRoles(moto)
        #expect(sessions.count == before + 1)
        let seen = try #require(sessions.last)
        #expect(seen["role_arn"] as? String == "arn:aws:iam::111111111111:role/reader")
        #expect(seen["session_name"] as? String == "ana-laptop")
        #expect(seen["external_id"] as? String == "ext-42")
        #expect(seen["access_key_id"] as? String == resolved.credentials.accessKeyId)
        print(
            "FIGURE sts AssumeRole as moto saw it: session \(seen["session_name"] ?? "-"), external id"
                + " \(seen["external_id"] ?? "-"), credentials for \(Int(lifetime.rounded())) s")
    }

    /// top → mid → base: each AssumeRole is signed with the credentials the previous one gave.
    @Test func roleChainsAssumeEachRoleWithThePreviousRolesCredentials() async throws {
        let moto = try moto()
        let proxy = try RecordingProxy(to: moto)
        defer { proxy.server.stop() }
        let home = try TempAWSHome()
        try home.writeCredentials(Self.baseProfile)
        try home.writeConfig(
            """
            [profile mid]
            role_arn = arn:aws:iam::111111111111:role/hop
            source_profile = base
            role_session_name = hop-session
            [profile top]
            role_arn = arn:aws:iam::333333333333:role/final
            source_profile = mid
            role_session_name = final-session
            """)
        let resolved = try await CredentialChain(profile: "top", environment: environment(home, sts: proxy.server.url)).resolve()
        #expect(
            resolved.source == "assumed role arn:aws:iam::333333333333:role/final via profile 'top'"
                + " (source profile 'mid' → 'base')")
        let calls = proxy.server.requests.map(RecordingProxy.form)
        #expect(calls.map { $0["RoleArn"] } == ["arn:aws:iam::111111111111:role/hop", "arn:aws:iam::333333333333:role/final"])
        let signers = proxy.server.requests.map(RecordingProxy.signingKey)
        let hop = try #require(try assumedRoles(moto).first { $0["session_name"] as? String == "hop-session" })
        #expect(signers == ["AKIDBASE", hop["access_key_id"] as? String])
        let identity = try await STSClient(endpoint: URL(string: moto.url)!, region: "us-east-1")
            .getCallerIdentity(credentials: StaticCredentialProvider(resolved.credentials))
        #expect(identity.arn == "arn:aws:sts::333333333333:assumed-role/final/final-session")
        print("FIGURE sts role chain: \(signers.compactMap { $0 }.joined(separator: " → ")) → \(identity.arn)")
    }

    @Test func webIdentityFromTheProfileAndFromTheEnvironment() async throws {
        let moto = try moto()
        let proxy = try RecordingProxy(to: moto)
        defer { proxy.server.stop() }
        let home = try TempAWSHome()
        let tokenFile = home.root + "/token.jwt"
        try home.write("eyJhbGciOi.WEBIDENTITY.TOKEN\n", to: tokenFile)
        try home.writeConfig(
            """
            [profile ci]
            web_identity_token_file = \(tokenFile)
            role_arn = arn:aws:iam::444444444444:role/from-profile
            role_session_name = profile-session
            """)
        let fromProfile = try await CredentialChain(profile: "ci", environment: environment(home, sts: proxy.server.url))
            .resolve()
        #expect(
            fromProfile.source == "web identity role arn:aws:iam::444444444444:role/from-profile"
                + " (token file \(tokenFile) from profile 'ci')")

        let env = environment(
            home, sts: proxy.server.url,
            [
                "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile,
                "AWS_ROLE_ARN": "arn:aws:iam::555555555555:role/from-env",
                "AWS_ROLE_SESSION_NAME": "env-session",
            ])
        let fromEnvironment = try await CredentialChain(profile: nil, environment: env).resolve()
        #expect(
            fromEnvironment.source == "web identity role arn:aws:iam::555555555555:role/from-env"
                + " (token file \(tokenFile) from AWS_WEB_IDENTITY_TOKEN_FILE)")

        let calls = proxy.server.requests
        #expect(calls.map { RecordingProxy.form($0)["Action"] } == ["AssumeRoleWithWebIdentity", "AssumeRoleWithWebIdentity"])
        #expect(
            calls.map { RecordingProxy.form($0)["WebIdentityToken"] } == [
                "eyJhbGciOi.WEBIDENTITY.TOKEN", "eyJhbGciOi.WEBIDENTITY.TOKEN",
            ])
        #expect(calls.allSatisfy { $0.header("Authorization") == nil }, "AssumeRoleWithWebIdentity is sent unsigned")
        let sessions = try assumedRoles(moto).suffix(2).map { $0["session_name"] as? String }
        #expect(sessions == ["profile-session", "env-session"])
        for resolved in [fromProfile, fromEnvironment] {
            let identity = try await STSClient(endpoint: URL(string: moto.url)!, region: "us-east-1")
                .getCallerIdentity(credentials: StaticCredentialProvider(resolved.credentials))
            print("FIGURE sts web identity → \(identity.arn)")
        }
    }

    /// A long follow renews assumed-role credentials 5 minutes before STS's Expiration.
    @Test func assumedRoleCredentialsAreRenewedBeforeTheyExpire() async throws {
        let moto = try moto()
        let home = try TempAWSHome()
        try home.writeCredentials(Self.baseProfile)
        try home.writeConfig(
            "[profile dev]\nrole_arn = arn:aws:iam::111111111111:role/long\nsource_profile = base\n"
                + "duration_seconds = 900\n")
        let now = ManualNow(Date())
        let cache = CachingCredentialProvider(
            CredentialChain(profile: "dev", environment: environment(home, sts: moto.url)),
            now: now.closure)
        let first = try await cache.resolve()
        let expiration = try #require(first.expiration)
        now.set(expiration.addingTimeInterval(-400))
        #expect(try await cache.resolve().credentials == first.credentials)
        now.set(expiration.addingTimeInterval(-200))
        let renewed = try await cache.resolve()
        #expect(renewed.credentials.accessKeyId != first.credentials.accessKeyId)
        #expect(try #require(renewed.expiration) > expiration)
        print(
            "FIGURE sts renewal: \(first.credentials.accessKeyId) → \(renewed.credentials.accessKeyId)"
                + " 200 s before expiry (kept at 400 s)")
    }
}

/// A loopback server that forwards each request to moto and keeps it, to see what reached STS.
struct RecordingProxy {
    let server: StubHTTPServer

    init(to moto: MotoServer) throws {
        let port = moto.port
        server = try StubHTTPServer { request in
            let skipped: Set<String> = ["host", "connection", "content-length"]
            let headers = request.headers.filter { !skipped.contains($0.name.lowercased()) }.map { ($0.name, $0.value) }
            guard
                let answer = try? LoopbackHTTP.request(
                    port: port, method: request.method, target: request.target,
                    headers: headers, body: request.body)
            else {
                return .init(status: 502)
            }
            return .init(
                status: answer.status, headers: [("Content-Type", "text/xml")],
                body: String(decoding: answer.body, as: UTF8.self))
        }
    }

    /// The form parameters of a query-protocol request.
    static func form(_ request: StubHTTPServer.Request) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in String(decoding: request.body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            fields[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return fields
    }

    /// The access key id a request was signed with ("Credential=AKID/…"), nil when unsigned.
    static func signingKey(_ request: StubHTTPServer.Request) -> String? {
        guard let authorization = request.header("Authorization"),
            let range = authorization.range(of: "Credential=")
        else { return nil }
        return String(authorization[range.upperBound...].prefix { $0 != "/" })
    }
}
