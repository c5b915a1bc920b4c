import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// Where the credential providers call: STS in the client's region (or the one the CLI would
/// pick), the SSO portal in sso_region, each moved by its AWS_ENDPOINT_URL_* variable.
@Suite struct CredentialEndpointTests {
    @Test func stsAndTheSSOPortalHaveRegionalEndpointsThatVariablesMove() throws {
        let plain = AWSEnvironment(variables: [:], homeDirectory: "/nonexistent")
        #expect(
            try STSClient(region: "eu-west-1", environment: plain).endpoint.absoluteString
                == "https://sts.eu-west-1.amazonaws.com")
        #expect(
            try SSOClient(region: "ap-southeast-2", environment: plain).endpoint.absoluteString
                == "https://portal.sso.ap-southeast-2.amazonaws.com")
        let global = AWSEnvironment(variables: ["AWS_ENDPOINT_URL": "http://127.0.0.1:4566"], homeDirectory: "/nonexistent")
        #expect(try STSClient(region: "eu-west-1", environment: global).endpoint.absoluteString == "http://127.0.0.1:4566")
        let own = AWSEnvironment(
            variables: [
                "AWS_ENDPOINT_URL": "http://127.0.0.1:4566", "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:5000",
                "AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:6000",
            ], homeDirectory: "/nonexistent")
        #expect(try STSClient(region: "eu-west-1", environment: own).endpoint.absoluteString == "http://127.0.0.1:5000")
        #expect(try SSOClient(region: "eu-west-1", environment: own).endpoint.absoluteString == "http://127.0.0.1:6000")
    }

    @Test func aPlainHTTPSTSEndpointOffThisMachineIsRefused() async throws {
        let home = try TempAWSHome()
        try home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n")
        try home.writeConfig("[profile dev]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n")
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(
                profile: "dev", environment: home.environment(["AWS_ENDPOINT_URL_STS": "http://sts.example.com"])
            ).resolve()
        }
        #expect(error?.kind == .invalidConfiguration)
        #expect(error?.description.contains("AWS_ENDPOINT_URL_STS") == true)
    }

    /// The region in the signature's scope: the client's, else AWS_REGION…, else us-east-1.
    @Test(
        arguments: [
            ("eu-west-1", [:], "eu-west-1"), (nil, ["AWS_REGION": "ap-south-1"], "ap-south-1"),
            (nil, [:], "us-east-1"),
        ] as [(String?, [String: String], String)])
    func stsIsCalledInTheClientsRegion(client: String?, variables: [String: String], signed: String) async throws {
        let sts = try MFAPromptTests.sts()
        defer { sts.stop() }
        let home = try TempAWSHome()
        try home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n")
        try home.writeConfig("[profile dev]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n")
        let env = home.environment(variables.merging(["AWS_ENDPOINT_URL_STS": sts.url]) { $1 })
        _ = try await CredentialChain(profile: "dev", environment: env, region: client).resolve()
        let authorization = try #require(sts.requests.first?.header("Authorization"))
        #expect(authorization.contains("/\(signed)/sts/aws4_request"), "\(authorization)")
    }
}
