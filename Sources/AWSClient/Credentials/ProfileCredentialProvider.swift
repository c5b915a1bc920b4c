import AWSSigV4
import FoundationEssentials

/// The credentials one profile holds itself, in botocore's order (ProfileProviderBuilder): web
/// identity, SSO, static keys of the credentials file, (aws login), credential_process, static
/// keys of the config file. Assuming a role_arn is `AssumeRoleProvider`'s, tried before this.
struct ProfileCredentialProvider {
    let profile: String
    /// The profile's merged properties; empty when the profile does not exist.
    let properties: [String: String]
    let context: CredentialContext
    /// AWS_WEB_IDENTITY_TOKEN_FILE and friends count unless a profile was named explicitly or
    /// this is a source profile (botocore's disable_env_vars).
    let environmentAllowed: Bool

    /// The credentials, nil when the profile holds none (the chain goes on to containers and EC2).
    func lookup() async throws -> ResolvedCredentials? {
        if let webIdentity = try WebIdentityProvider(
            profile: profile, properties: properties, context: context,
            environmentAllowed: environmentAllowed)
        {
            return try await webIdentity.resolve()
        }
        if let sso = try SSOCredentialProvider(profile: profile, properties: properties, context: context) {
            return try await sso.resolve()
        }
        let files = context.files
        if files.path(ofKey: "aws_access_key_id", inProfile: profile) == files.credentialsPath {
            return try staticKeys()
        }
        if properties["login_session"] != nil {
            throw CredentialError(
                .unsupported,
                "profile '\(profile)' uses login_session (aws login), which lenstail does"
                    + " not resolve itself: add a profile with credential_process = aws configure export-credentials"
                    + " --profile \(profile) --format process, and pass that one with --profile")
        }
        if let command = CredentialContext.value("credential_process", in: properties) {
            return try await CredentialProcessProvider(
                command: command, profile: profile,
                definedIn: files.path(ofKey: "credential_process", inProfile: profile) ?? files.configPath,
                environment: context.environment, timeout: context.processTimeout, now: context.now
            ).resolve()
        }
        return try staticKeys()
    }

    /// aws_access_key_id + aws_secret_access_key [+ aws_session_token]; half a pair is an error.
    private func staticKeys() throws -> ResolvedCredentials? {
        let files = context.files
        let accessKey = CredentialContext.value("aws_access_key_id", in: properties)
        let secret = CredentialContext.value("aws_secret_access_key", in: properties)
        let keyPath = files.path(ofKey: accessKey == nil ? "aws_secret_access_key" : "aws_access_key_id", inProfile: profile)
        switch (accessKey, secret) {
        case (nil, nil):
            return nil
        case (let accessKey?, let secret?):
            let token = CredentialContext.value("aws_session_token", in: properties)
            return ResolvedCredentials(
                credentials: AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token),
                source: "profile '\(profile)' in \(keyPath ?? files.credentialsPath)")
        default:
            let (has, lacks) =
                accessKey == nil
                ? ("aws_secret_access_key", "aws_access_key_id") : ("aws_access_key_id", "aws_secret_access_key")
            throw CredentialError(
                .incomplete,
                "profile '\(profile)' in \(keyPath ?? files.searchedPaths) has \(has) but no \(lacks)")
        }
    }
}
