import FoundationEssentials
import LensBasics

/// STS AssumeRoleWithWebIdentity with an OIDC token read from a file (EKS service accounts,
/// CI runners): web_identity_token_file, role_arn and role_session_name of the profile, each
/// overridden by AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN, AWS_ROLE_SESSION_NAME unless the
/// environment is left out (an explicit --profile, a source profile), as botocore does.
struct WebIdentityProvider {
    let profile: String
    let tokenFile: String
    /// Where the token file was named, for messages: the variable or the profile.
    let tokenFileOrigin: String
    let roleArn: String
    let sessionName: String?
    let context: CredentialContext

    /// Nil when neither the environment nor the profile names a token file.
    init?(profile: String, properties: [String: String], context: CredentialContext, environmentAllowed: Bool) throws {
        func setting(_ key: String, _ variable: String) -> (value: String, origin: String)? {
            if environmentAllowed, let value = context.environment.value(variable) { return (value, variable) }
            return CredentialContext.value(key, in: properties).map { ($0, "profile '\(profile)'") }
        }
        guard let tokenFile = setting("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE") else { return nil }
        guard let roleArn = setting("role_arn", "AWS_ROLE_ARN") else {
            throw CredentialError(
                .invalidConfiguration,
                "a web identity token file is set (by \(tokenFile.origin)) but no"
                    + " role to assume: set role_arn in profile '\(profile)' or AWS_ROLE_ARN")
        }
        self.profile = profile
        self.tokenFile = tokenFile.value
        tokenFileOrigin = tokenFile.origin
        self.roleArn = roleArn.value
        sessionName = setting("role_session_name", "AWS_ROLE_SESSION_NAME")?.value
        self.context = context
    }

    /// "web identity role arn:aws:iam::111122223333:role/ci (token file /var/run/token from AWS_WEB_IDENTITY_TOKEN_FILE)".
    var source: String { "web identity role \(roleArn) (token file \(tokenFile) from \(tokenFileOrigin))" }

    func resolve() async throws -> ResolvedCredentials {
        // Read at every resolution: the platform rotates the file.
        guard let data = FileManager.default.contents(atPath: tokenFile) else {
            throw CredentialError(
                .unreadableFile,
                "cannot read the web identity token file \(tokenFile)"
                    + " (named by \(tokenFileOrigin))")
        }
        let token = String(decoding: data, as: UTF8.self).trimmed(.whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw CredentialError(.invalidConfiguration, "the web identity token file \(tokenFile) is empty")
        }
        let session = sessionName ?? "lenstail-\(Int(context.now().timeIntervalSince1970))"
        do {
            let answer = try await context.stsClient().assumeRoleWithWebIdentity(
                roleArn: roleArn, sessionName: session,
                token: token)
            return ResolvedCredentials(credentials: answer.credentials, source: source, expiration: answer.expiration)
        } catch let error as ClientError {
            throw CredentialContext.fetchFailed("STS AssumeRoleWithWebIdentity for \(roleArn)", error)
        }
    }
}
