import Foundation
import Testing

@testable import AWSClient

/// Role profiles that cannot work fail before any request, with one line saying why.
@Suite struct RoleConfigurationTests {
    static let role = "role_arn = arn:aws:iam::1:role/r\n"

    func failure(_ config: String, profile: String) async throws -> CredentialError? {
        let home = try TempAWSHome()
        try home.writeConfig(config)
        let env = home.environment(["AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9"])
        return await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: profile, environment: env).resolve()
        }
    }

    @Test func aSourceProfileLoopNamesItsPath() async throws {
        let error = try await failure(
            "[profile a]\n\(Self.role)source_profile = b\n[profile b]\n\(Self.role)source_profile = c\n"
                + "[profile c]\n\(Self.role)source_profile = a\n", profile: "a")
        #expect(error?.kind == .sourceProfileLoop)
        #expect(
            error?.description == "source_profile loops back: 'a' → 'b' → 'c' → 'a'; end the chain at a profile"
                + " with credentials of its own")
        print("FIGURE role loop: \(error?.description ?? "")")
    }

    @Test func aRoleIsItsOwnSourceOnlyWithKeys() async throws {
        let error = try await failure("[profile a]\n\(Self.role)source_profile = a\n", profile: "a")
        #expect(error?.kind == .sourceProfileLoop)
        #expect(error?.description.hasPrefix("source_profile loops back: 'a' → 'a'") == true)
    }

    @Test(
        arguments: [
            (
                "[profile a]\n\(role)source_profile = ghost\n", CredentialError.Kind.invalidConfiguration,
                "source_profile 'ghost' of profile 'a' does not exist"
            ),
            (
                "[profile a]\n\(role)", .incomplete,
                "profile 'a' has role_arn but neither source_profile nor credential_source to assume it with"
            ),
            (
                "[profile a]\n\(role)source_profile = a\ncredential_source = Environment\n", .invalidConfiguration,
                "profile 'a' has both source_profile and credential_source; keep one"
            ),
            (
                "[profile a]\n\(role)credential_source = EC2InstanceMetadata\n", .invalidConfiguration,
                "credential_source 'EC2InstanceMetadata' of profile 'a' is not one of Environment, Ec2InstanceMetadata, EcsContainer"
            ),
            (
                "[profile a]\nweb_identity_token_file = /tmp/t\n", .invalidConfiguration,
                "a web identity token file is set (by profile 'a') but no role to assume: set role_arn in profile 'a' or AWS_ROLE_ARN"
            ),
            (
                "[profile a]\n\(role)source_profile = b\n[profile b]\nregion = us-east-1\n", .notFound,
                "source profile 'b' has no credentials of its own (keys, credential_process, SSO or web identity)"
            ),
        ] as [(String, CredentialError.Kind, String)])
    func brokenRoleSettingsAreOneLine(config: String, kind: CredentialError.Kind, message: String) async throws {
        let error = try await failure(config, profile: "a")
        #expect(error?.kind == kind)
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "")")
    }
}
