import FoundationEssentials

/// What the providers of one resolution share: the environment, the profile files read once,
/// where STS is, how long to wait, who asks for MFA codes, and the clock.
struct CredentialContext: Sendable {
    var environment: AWSEnvironment
    var files: ProfileFiles
    /// The profile the chain started from (--profile, AWS_PROFILE… or "default"); its settings
    /// configure instance metadata even when a role's credential_source asks for it.
    var profile: String
    /// The region STS is called in (the client's, as botocore does), us-east-1 when none is set.
    var stsRegion: String
    /// Bound of a credential_process run.
    var processTimeout: Duration
    /// Bound of one exchange with STS or the SSO portal.
    var httpTimeout: Duration
    var mfaPrompt: OneTimeMFAPrompt
    var now: @Sendable () -> Date

    /// STS for this resolution; an invalid AWS_ENDPOINT_URL_STS is a configuration error.
    func stsClient() throws -> STSClient {
        do {
            return try STSClient(
                region: stsRegion, environment: environment, transport: AWSTransport(timeout: httpTimeout),
                now: now)
        } catch {
            throw CredentialError(.invalidConfiguration, "cannot call STS: \(error)")
        }
    }

    /// A request to STS, the SSO portal or a metadata endpoint failed: one line naming what was asked,
    /// with the service's code and message (which never hold the request's secrets).
    static func fetchFailed(_ what: String, _ error: ClientError) -> any Error {
        if case .cancelled = error { return CancellationError() }
        return CredentialError(.fetchFailed, "\(what) failed: \(error.shortReason)")
    }

    /// A profile's value, nil when absent or empty.
    static func value(_ key: String, in properties: [String: String]) -> String? {
        properties[key].flatMap { $0.isEmpty ? nil : $0 }
    }
}
