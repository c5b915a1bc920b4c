import Foundation

/// Why no credentials could be had; one line that never holds a secret, a token or a process's stdout.
public struct CredentialError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// What went wrong, for callers and tests that branch on it.
    public enum Kind: Sendable, Hashable {
        /// Nothing in the chain had credentials.
        case notFound
        /// The chosen profile is in neither file.
        case profileNotFound
        /// Half a key pair (an access key id without its secret, or the reverse).
        case incomplete
        /// The profile relies on a mechanism lenstail does not run itself (SSO, role_arn, web identity).
        case unsupported
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

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
