import Foundation
import Testing

@testable import AWSClient

/// INI parsing of ~/.aws/config and ~/.aws/credentials as the AWS CLI reads them.
@Suite struct ProfileFilesTests {
    @Test func parsesCommentsWhitespaceAndSubProperties() throws {
        let home = try TempAWSHome()
        try home.writeConfig(
            """
            # a comment
            ; another comment
            [default]
              region   =   eu-west-1\u{20}\u{20}
            Output = json
            s3 =
              max_concurrent_requests = 20
              addressing_style = path

            [profile   dev  ]
            region = us-west-2
            [sso-session corp]
            sso_region = us-east-1
            """)
        let files = try ProfileFiles(environment: home.environment())
        let defaults = try #require(files.profile("default"))
        #expect(defaults["region"] == "eu-west-1")
        #expect(defaults["output"] == "json")
        #expect(defaults["s3.max_concurrent_requests"] == "20")
        #expect(defaults["s3.addressing_style"] == "path")
        #expect(files.profile("dev")?["region"] == "us-west-2")
        #expect(files.ssoSessions["corp"]?["sso_region"] == "us-east-1")
        #expect(files.profileNames == ["default", "dev"])
    }

    @Test func duplicateSectionsMergeAndTheLaterValueWins() throws {
        let home = try TempAWSHome()
        try home.writeCredentials("[a]\nx = 1\ny = 1\n[b]\nz = 1\n[a]\ny = 2\n")
        let files = try ProfileFiles(environment: home.environment())
        #expect(files.profile("a") == ["x": "1", "y": "2"])
    }

    @Test func windowsLineEndingsAndContinuationLinesParse() throws {
        let home = try TempAWSHome()
        try home.writeCredentials("[a]\r\nkey = first\r\n  second\r\nother = 3\r\n")
        let files = try ProfileFiles(environment: home.environment())
        #expect(files.profile("a") == ["key": "first\nsecond", "other": "3"])
    }

    @Test func defaultAndProfileDefaultBothNameTheDefaultProfile() throws {
        let home = try TempAWSHome()
        try home.writeConfig("[default]\nregion = us-east-1\n[profile default]\noutput = text\n[dev]\nregion = x\n")
        let files = try ProfileFiles(environment: home.environment())
        #expect(files.profile("default") == ["region": "us-east-1", "output": "text"])
        #expect(files.profile("dev") == nil)
    }

    @Test func missingFilesAreEmpty() throws {
        let files = try ProfileFiles(environment: TempAWSHome().environment())
        #expect(files.profile("default") == nil)
        #expect(files.profileNames.isEmpty)
    }

    @Test func aPropertyBeforeAnySectionIsMalformedWithoutEchoingTheLine() throws {
        let home = try TempAWSHome()
        try home.writeCredentials("\naws_secret_access_key = SUPERSECRET\n[default]\n")
        let error = #expect(throws: CredentialError.self) { try ProfileFiles(environment: home.environment()) }
        #expect(error?.kind == .malformedFile)
        #expect(
            error?.description == "malformed AWS profile file \(home.credentialsPath), line 2:"
                + " a property before any [section] header")
        #expect(error?.description.contains("SUPERSECRET") == false)
    }

    @Test(arguments: ["[default\nx = 1\n", "[default]\njust some words\n", "[]\n", "[a]\n = v\n"])
    func malformedLinesAreRefused(text: String) throws {
        let home = try TempAWSHome()
        try home.writeConfig(text)
        let error = #expect(throws: CredentialError.self) { try ProfileFiles(environment: home.environment()) }
        #expect(error?.kind == .malformedFile)
        #expect(error?.description.hasPrefix("malformed AWS profile file \(home.configPath), line ") == true)
    }

    @Test func invalidUTF8IsMalformed() throws {
        let home = try TempAWSHome()
        try Data([0x5B, 0x61, 0x5D, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: home.configPath))
        let error = #expect(throws: CredentialError.self) { try ProfileFiles(environment: home.environment()) }
        #expect(error?.kind == .malformedFile)
    }

    @Test func aFolderWhereTheFileShouldBeIsUnreadable() async throws {
        let home = try TempAWSHome()
        try FileManager.default.createDirectory(atPath: home.credentialsPath, withIntermediateDirectories: true)
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: nil, environment: home.environment()).resolve()
        }
        #expect(error?.kind == .unreadableFile)
        #expect(error?.description == "cannot read AWS profile file \(home.credentialsPath): it is a directory")
    }
}
