import Foundation
import TestSupport

@testable import AWSClient

/// The loopback endpoints of the differential test, each answering as its AWS counterpart does
/// for the requests botocore and lenstail send: the SSO portal, a container credentials endpoint,
/// IMDSv2, and an instance metadata service that answers nothing (404) for setups without one.
final class DifferentialStubs: Sendable {
    static let validSSOTokens: Set<String> = ["corp-token", "legacy-token"]
    static let containerAuthorization = "container-auth-token"
    static let metadataToken = "imds-session-token"

    let sso: StubHTTPServer
    let container: StubHTTPServer
    let metadata: StubHTTPServer
    let noMetadata: StubHTTPServer

    init() throws {
        let expiration = RFC3339.format(Date().addingTimeInterval(6 * 3600))
        sso = try StubHTTPServer { request in
            guard request.path == "/federation/credentials" else { return .init(status: 404) }
            guard let token = request.header("x-amz-sso_bearer_token"), Self.validSSOTokens.contains(token) else {
                return .init(
                    status: 401, headers: [("x-amzn-ErrorType", "UnauthorizedException")],
                    body: #"{"message":"Session token not found or invalid"}"#)
            }
            let query = URLComponents(string: request.target)?.queryItems ?? []
            let role = query.first { $0.name == "role_name" }?.value ?? "?"
            let millis = Int64((Date().timeIntervalSince1970 + 3600) * 1000)
            return .json(
                #"{"roleCredentials":{"accessKeyId":"ASIASSO\#(role.uppercased())","secretAccessKey":"ssosecret","#
                    + #""sessionToken":"ssotoken","expiration":\#(millis)}}"#)
        }
        container = try StubHTTPServer { request in
            if request.path == "/authed" && request.header("Authorization") != Self.containerAuthorization {
                return .json(#"{"message":"unauthorized"}"#, status: 401)
            }
            guard request.path == "/creds" || request.path == "/authed" else { return .init(status: 404) }
            let key = request.path == "/authed" ? "ASIACONTAINERAUTHED" : "ASIACONTAINER"
            return .json(#"{"AccessKeyId":"\#(key)","SecretAccessKey":"cs","Token":"ct","Expiration":"\#(expiration)"}"#)
        }
        metadata = try StubHTTPServer { request in
            if request.method == "PUT" && request.path == "/latest/api/token" {
                guard request.header("x-aws-ec2-metadata-token-ttl-seconds") != nil else { return .init(status: 400) }
                return .init(status: 200, body: Self.metadataToken)
            }
            guard request.header("x-aws-ec2-metadata-token") == Self.metadataToken else { return .init(status: 401) }
            switch request.path {
            case "/latest/meta-data/iam/security-credentials/": return .init(status: 200, body: "diff-role")
            case "/latest/meta-data/iam/security-credentials/diff-role":
                return .json(
                    #"{"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"ASIAIMDS","SecretAccessKey":"is","#
                        + #""Token":"it","Expiration":"\#(expiration)"}"#)
            default: return .init(status: 404)
            }
        }
        noMetadata = try StubHTTPServer { _ in .init(status: 404) }
    }

    func stop() {
        for server in [sso, container, metadata, noMetadata] { server.stop() }
    }

    /// Writes what the setups refer to: the web identity token, a credential_process script, the
    /// container token file and the SSO token cache (valid, legacy and expired; none for "nologin").
    func prepare(_ home: TempAWSHome) throws -> DifferentialFixture {
        let tokenFile = home.root + "/web-identity.jwt"
        try home.write("eyJ.differential.token", to: tokenFile)
        let containerTokenFile = home.root + "/container-token"
        try home.write(Self.containerAuthorization, to: containerTokenFile)
        let process = try home.script("process.sh", #"echo '{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"p"}'"#)
        let cache = home.root + "/.aws/sso/cache"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let later = RFC3339.format(Date().addingTimeInterval(8 * 3600))
        let earlier = RFC3339.format(Date().addingTimeInterval(-3600))
        for (key, token, expiry) in [
            ("corp", "corp-token", later), ("https://legacy.awsapps.com/start", "legacy-token", later),
            ("stale", "stale-token", earlier),
        ] {
            try home.write(
                #"{"accessToken":"\#(token)","expiresAt":"\#(expiry)","region":"eu-west-1"}"#,
                to: SSOToken.cachePath(key: key, homeDirectory: home.root))
        }
        return DifferentialFixture(
            home: home.root, tokenFile: tokenFile, processCommand: process,
            containerURL: container.url, containerTokenFile: containerTokenFile, imdsURL: metadata.url)
    }
}
