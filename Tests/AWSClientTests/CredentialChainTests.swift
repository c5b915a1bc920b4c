import AWSSigV4
import Foundation
import Testing

@testable import AWSClient

/// A throwaway home folder with .aws files and scripts; the environment handed to resolvers points only here.
final class TempAWSHome: @unchecked Sendable {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "lenstail-cred-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/.aws", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var configPath: String { root + "/.aws/config" }
    var credentialsPath: String { root + "/.aws/credentials" }

    func writeConfig(_ text: String) throws { try write(text, to: configPath) }
    func writeCredentials(_ text: String) throws { try write(text, to: credentialsPath) }

    func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// An sh script; returns the command that runs it. Through `/bin/sh`, not exec'd itself: a
    /// test forking at the same moment may hold the file open for writing (ETXTBSY, exit 126).
    func script(_ name: String, _ body: String) throws -> String {
        let path = root + "/" + name
        try write(body + "\n", to: path)
        return "/bin/sh " + path
    }

    /// Only PATH from the real environment, plus `variables`. Instance metadata is off unless a
    /// test points it at a loopback stub: tests never reach 169.254.169.254.
    func environment(_ variables: [String: String] = [:]) -> AWSEnvironment {
        var all = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"]
        all.merge(variables) { _, new in new }
        return AWSEnvironment(variables: all, homeDirectory: root)
    }
}

/// Which credentials the chain picks, as the AWS CLI would.
@Suite struct CredentialChainTests {
    static let envKeys = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"]
    static let credentialsFile = """
        [default]
        aws_access_key_id = AKIDDEFAULT
        aws_secret_access_key = defaultsecret

        [dev]
        aws_access_key_id = AKIDDEV
        aws_secret_access_key = devsecret
        aws_session_token = devtoken
        """

    @Test func environmentVariablesWinOverTheDefaultProfile() async throws {
        let home = try TempAWSHome()
        try home.writeCredentials(Self.credentialsFile)
        let env = home.environment(Self.envKeys.merging(["AWS_SESSION_TOKEN": "envtoken"]) { $1 })
        let resolved = try await CredentialChain(profile: nil, environment: env).resolve()
        #expect(
            resolved.credentials
                == AWSCredentials(
                    accessKeyId: "AKIDENV", secretAccessKey: "envsecret",
                    sessionToken: "envtoken"))
        #expect(resolved.source == "environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY")
    }

    @Test func anExplicitProfileSkipsEnvironmentVariables() async throws {
        let home = try TempAWSHome()
        try home.writeCredentials(Self.credentialsFile)
        let resolved = try await CredentialChain(profile: "dev", environment: home.environment(Self.envKeys)).resolve()
        #expect(resolved.credentials.accessKeyId == "AKIDDEV")
        #expect(resolved.credentials.sessionToken == "devtoken")
        #expect(resolved.source == "profile 'dev' in \(home.credentialsPath)")
    }

    @Test func awsProfileAloneDoesNotSkipEnvironmentVariables() async throws {
        let home = try TempAWSHome()
        try home.writeCredentials(Self.credentialsFile)
        let env = home.environment(Self.envKeys.merging(["AWS_PROFILE": "dev"]) { $1 })
        #expect(try await CredentialChain(profile: nil, environment: env).resolve().credentials.accessKeyId == "AKIDENV")
    }

    @Test(arguments: ["AWS_PROFILE", "AWS_DEFAULT_PROFILE"])
    func theProfileVariableChoosesTheProfile(variable: String) async throws {
        let home = try TempAWSHome()
        try home.writeCredentials(Self.credentialsFile)
        let resolved = try await CredentialChain(profile: nil, environment: home.environment([variable: "dev"])).resolve()
        #expect(resolved.credentials.accessKeyId == "AKIDDEV")
    }

    @Test func theCredentialsFileBeatsTheConfigFileForTheSameKey() async throws {
        let home = try TempAWSHome()
        try home.writeConfig(
            """
            [profile dev]
            aws_access_key_id = AKIDCONFIG
            aws_secret_access_key = configsecret
            region = eu-west-1
            """)
        try home.writeCredentials("[dev]\naws_access_key_id = AKIDCRED\naws_secret_access_key = credsecret\n")
        let resolved = try await CredentialChain(profile: "dev", environment: home.environment()).resolve()
        #expect(resolved.credentials.accessKeyId == "AKIDCRED")
        #expect(resolved.credentials.secretAccessKey == "credsecret")
        #expect(try ProfileFiles(environment: home.environment()).profile("dev")?["region"] == "eu-west-1")
    }

    @Test func staticKeysInTheConfigFileWork() async throws {
        let home = try TempAWSHome()
        try home.writeConfig("[profile dev]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n")
        let resolved = try await CredentialChain(profile: "dev", environment: home.environment()).resolve()
        #expect(resolved.credentials.accessKeyId == "AKIDCONFIG")
        #expect(resolved.source == "profile 'dev' in \(home.configPath)")
    }

    @Test func aBareSectionInTheConfigFileIsIgnored() async throws {
        let home = try TempAWSHome()
        try home.writeConfig("[dev]\naws_access_key_id = AKIDBARE\naws_secret_access_key = s\n")
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: "dev", environment: home.environment()).resolve()
        }
        #expect(error?.kind == .profileNotFound)
    }

    @Test func aProfilePrefixInTheCredentialsFileIsPartOfTheName() async throws {
        let home = try TempAWSHome()
        try home.writeCredentials("[profile dev]\naws_access_key_id = AKIDX\naws_secret_access_key = s\n")
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: "dev", environment: home.environment()).resolve()
        }
        #expect(error?.kind == .profileNotFound)
    }

    @Test func fileLocationsComeFromTheirVariables() async throws {
        let home = try TempAWSHome()
        let credentials = home.root + "/elsewhere-credentials"
        try home.write("[dev]\naws_access_key_id = AKIDMOVED\naws_secret_access_key = s\n", to: credentials)
        let env = home.environment(["AWS_SHARED_CREDENTIALS_FILE": credentials, "AWS_CONFIG_FILE": "~/nope"])
        let resolved = try await CredentialChain(profile: "dev", environment: env).resolve()
        #expect(resolved.credentials.accessKeyId == "AKIDMOVED")
        #expect(resolved.source == "profile 'dev' in \(credentials)")
    }

    @Test func aMissingProfileNamesItAndBothFiles() async throws {
        let home = try TempAWSHome()
        try home.writeCredentials(Self.credentialsFile)
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: "nope", environment: home.environment()).resolve()
        }
        #expect(error?.kind == .profileNotFound)
        #expect(error?.description == "profile 'nope' not found in \(home.credentialsPath), \(home.configPath)")
    }

    @Test func nothingAnywhereSaysWhereItLooked() async throws {
        let home = try TempAWSHome()
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: nil, environment: home.environment()).resolve()
        }
        #expect(error?.kind == .notFound)
        #expect(
            error?.description == "no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
                + " or use --profile (looked in: env, \(home.credentialsPath), \(home.configPath))")
    }

    @Test func halfAKeyPairInTheEnvironmentIsAnError() async throws {
        let home = try TempAWSHome()
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: nil, environment: home.environment(["AWS_ACCESS_KEY_ID": "AKID"])).resolve()
        }
        #expect(error?.kind == .incomplete)
    }

    @Test func aProfileWithoutSecretIsAnErrorNamingTheFile() async throws {
        let home = try TempAWSHome()
        try home.writeCredentials("[dev]\naws_access_key_id = AKIDHALF\n")
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: "dev", environment: home.environment()).resolve()
        }
        #expect(error?.kind == .incomplete)
        #expect(error?.description.contains(home.credentialsPath) == true)
    }

    /// `aws login` console sessions are the one mechanism left to the AWS CLI.
    @Test func aLoginSessionProfilePointsToCredentialProcess() async throws {
        let home = try TempAWSHome()
        try home.writeConfig("[profile corp]\nlogin_session = arn:aws:iam::1:user/u\n")
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(profile: "corp", environment: home.environment()).resolve()
        }
        #expect(error?.kind == .unsupported)
        #expect(error?.description.contains("login_session") == true)
        #expect(error?.description.contains("aws configure export-credentials --profile corp --format process") == true)
    }

    @Test func credentialsFileKeysBeatCredentialProcessWhichBeatsConfigKeys() async throws {
        let home = try TempAWSHome()
        let script = try home.script("creds.sh", #"echo '{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"p"}'"#)
        try home.writeConfig(
            """
            [profile dev]
            aws_access_key_id = AKIDCONFIG
            aws_secret_access_key = c
            credential_process = \(script)
            """)
        let env = home.environment()
        #expect(try await CredentialChain(profile: "dev", environment: env).resolve().credentials.accessKeyId == "AKIDPROC")
        try home.writeCredentials("[dev]\naws_access_key_id = AKIDCRED\naws_secret_access_key = k\n")
        #expect(try await CredentialChain(profile: "dev", environment: env).resolve().credentials.accessKeyId == "AKIDCRED")
    }
}
