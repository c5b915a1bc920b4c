import FoundationEssentials

/// Why no credentials could be had; one line that never holds a secret, a token or a process's stdout.
package struct CredentialError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// What went wrong, for callers and tests that branch on it.
    package enum Kind: Sendable, Hashable {
        /// Nothing in the chain had credentials.
        case notFound
        /// The chosen profile is in neither file.
        case profileNotFound
        /// Half a key pair (an access key id without its secret, or the reverse).
        case incomplete
        /// The profile relies on a mechanism lenstail does not run itself (login_session of `aws login`).
        case unsupported
        /// The profile's settings contradict each other or lack a required one (botocore's InvalidConfigError).
        case invalidConfiguration
        /// source_profile leads back to a profile already on the way.
        case sourceProfileLoop
        /// The role needs an MFA code and nobody can type one.
        case mfaUnavailable
        /// The SSO token is missing, expired or refused: `aws sso login` has to run again.
        case ssoLoginRequired
        /// STS, the SSO portal, the container endpoint or instance metadata refused or failed.
        case fetchFailed
        /// A profile file exists but cannot be read.
        case unreadableFile
        /// A profile file cannot be parsed.
        case malformedFile
        /// credential_process could not start or exited non-zero.
        case processFailed
        /// credential_process did not finish in time.
        case processTimedOut
        /// credential_process printed something other than the expected JSON.
        case processInvalidOutput
        /// The credentials returned are already expired.
        case expired
    }

    package let kind: Kind
    package let message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { message }
    package var errorDescription: String? { message }
}
