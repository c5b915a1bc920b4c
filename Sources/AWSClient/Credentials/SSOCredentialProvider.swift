import FoundationEssentials

/// IAM Identity Center: the cached `aws sso login` token traded at the SSO portal for the
/// credentials of sso_role_name in sso_account_id. The start URL and region come from the
/// `[sso-session NAME]` section the profile's sso_session names, or from the profile itself
/// (the legacy form), checked as botocore's SSOProvider checks them.
struct SSOCredentialProvider {
    let profile: String
    let accountId: String
    let roleName: String
    let startURL: String
    let region: String
    /// The sso-session name; nil for the legacy form.
    let sessionName: String?
    let context: CredentialContext

    /// Nil when the profile has neither sso_account_id nor sso_role_name.
    init?(profile: String, properties: [String: String], context: CredentialContext) throws {
        guard properties["sso_account_id"] != nil || properties["sso_role_name"] != nil else { return nil }
        var settings = properties
        let sessionName = properties["sso_session"]
        if let sessionName {
            guard let session = context.files.ssoSessions[sessionName] else {
                throw CredentialError(
                    .invalidConfiguration,
                    "profile '\(profile)' names sso_session '\(sessionName)',"
                        + " but \(context.files.configPath) has no [sso-session \(sessionName)] section")
            }
            for (key, value) in session {
                if let own = settings[key], own != value {
                    throw CredentialError(
                        .invalidConfiguration,
                        "\(key) of profile '\(profile)' (\(own)) differs from"
                            + " that of its sso-session '\(sessionName)' (\(value))")
                }
                settings[key] = value
            }
            let missing = ["sso_start_url", "sso_region"].filter { session[$0] == nil }
            if !missing.isEmpty {
                throw CredentialError(
                    .invalidConfiguration,
                    "sso-session '\(sessionName)' lacks "
                        + missing.joined(separator: ", "))
            }
        }
        let required = ["sso_start_url", "sso_region", "sso_account_id", "sso_role_name"]
        let missing = required.filter { settings[$0] == nil }
        guard missing.isEmpty else {
            throw CredentialError(
                .invalidConfiguration,
                "profile '\(profile)' is set up for SSO but lacks "
                    + missing.joined(separator: ", "))
        }
        self.profile = profile
        accountId = settings["sso_account_id"]!
        roleName = settings["sso_role_name"]!
        startURL = settings["sso_start_url"]!
        region = settings["sso_region"]!
        self.sessionName = sessionName
        self.context = context
    }

    /// "SSO session 'corp' (account 111122223333, role Admin)", or "SSO start URL … (…)" for the legacy form.
    var source: String { "\(sessionLabel) (account \(accountId), role \(roleName))" }

    private var sessionLabel: String {
        sessionName.map { "SSO session '\($0)'" } ?? "SSO start URL \(startURL)"
    }

    func resolve() async throws -> ResolvedCredentials {
        let token = try SSOToken.load(
            key: sessionName ?? startURL, session: sessionLabel, profile: profile,
            environment: context.environment, now: context.now())
        let client: SSOClient
        do {
            client = try SSOClient(
                region: region, environment: context.environment,
                transport: AWSTransport(timeout: context.httpTimeout))
        } catch {
            throw CredentialError(.invalidConfiguration, "cannot call the SSO portal: \(error)")
        }
        do {
            let answer = try await client.getRoleCredentials(
                accountId: accountId, roleName: roleName,
                accessToken: token.accessToken)
            return ResolvedCredentials(credentials: answer.credentials, source: source, expiration: answer.expiration)
        } catch {
            if case .service(let refused) = error, refused.code == "UnauthorizedException" || refused.httpStatus == 401 {
                throw CredentialError(
                    .ssoLoginRequired,
                    "the SSO portal refused the token of \(sessionLabel)"
                        + " (expired or signed out): run aws sso login --profile \(profile)")
            }
            throw CredentialContext.fetchFailed("SSO GetRoleCredentials for account \(accountId), role \(roleName)", error)
        }
    }
}
