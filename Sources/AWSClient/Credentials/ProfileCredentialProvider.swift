import AWSSigV4
import Foundation

/// Credentials from one profile of the shared files, in botocore's order: static keys of the credentials
/// file, then credential_process, then static keys of the config file. SSO and role_arn profiles get a
/// clear error with a workaround, since lenstail does not run those flows itself.
public struct ProfileCredentialProvider: CredentialProvider {
    public let profile: String
    public let environment: AWSEnvironment
    public let processTimeout: Duration
    public let now: @Sendable () -> Date

    public init(profile: String, environment: AWSEnvironment, processTimeout: Duration = .seconds(30),
                now: @escaping @Sendable () -> Date = Date.init) {
        self.profile = profile
        self.environment = environment
        self.processTimeout = processTimeout
        self.now = now
    }

    public func resolve() async throws -> ResolvedCredentials {
        let files = try ProfileFiles(environment: environment)
        guard let properties = files.profile(profile) else {
            throw CredentialError(.profileNotFound, "profile '\(profile)' not found in \(files.searchedPaths)")
        }
        return try await resolve(properties, files: files)
    }

    /// Resolves an already-loaded profile.
    func resolve(_ properties: [String: String], files: ProfileFiles) async throws -> ResolvedCredentials {
        if let unsupported = unsupportedMechanism(properties) {
            throw CredentialError(.unsupported, "profile '\(profile)' uses \(unsupported), which lenstail does not resolve"
                + " itself: add a profile with credential_process = aws configure export-credentials --profile"
                + " \(profile) --format process, and pass that one with --profile")
        }
        let accessKey = properties["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = properties["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
        let keyPath = files.path(ofKey: accessKey == nil ? "aws_secret_access_key" : "aws_access_key_id", inProfile: profile)
        var staticKeys: ResolvedCredentials?
        switch (accessKey, secret) {
        case (nil, nil):
            break
        case (let accessKey?, let secret?):
            let token = properties["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
            staticKeys = ResolvedCredentials(
                credentials: AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token),
                source: "profile '\(profile)' in \(keyPath ?? files.credentialsPath)")
        default:
            let (has, lacks) = accessKey == nil
                ? ("aws_secret_access_key", "aws_access_key_id") : ("aws_access_key_id", "aws_secret_access_key")
            throw CredentialError(.incomplete,
                                  "profile '\(profile)' in \(keyPath ?? files.searchedPaths) has \(has) but no \(lacks)")
        }
        if let staticKeys, keyPath == files.credentialsPath { return staticKeys }
        if let command = properties["credential_process"], !command.isEmpty {
            return try await CredentialProcessProvider(
                command: command, profile: profile,
                definedIn: files.path(ofKey: "credential_process", inProfile: profile) ?? files.configPath,
                environment: environment, timeout: processTimeout, now: now
            ).resolve()
        }
        if let staticKeys { return staticKeys }
        throw CredentialError(.notFound, "profile '\(profile)' (in \(files.searchedPaths)) has neither"
            + " aws_access_key_id/aws_secret_access_key nor credential_process")
    }

    /// The flows botocore would try before static keys, which lenstail leaves to the AWS CLI.
    private func unsupportedMechanism(_ properties: [String: String]) -> String? {
        if properties["role_arn"] != nil { return "role_arn (assume role)" }
        if properties["web_identity_token_file"] != nil { return "web_identity_token_file" }
        if properties["sso_session"] != nil || properties["sso_start_url"] != nil || properties["sso_account_id"] != nil {
            return "SSO"
        }
        return nil
    }
}
