import AWSSigV4
import FoundationEssentials

/// Credentials with where they came from and when they stop working.
package struct ResolvedCredentials: Sendable, CustomStringConvertible {
    package let credentials: AWSCredentials
    /// Where they came from, for messages, e.g. "profile 'dev' in /home/u/.aws/credentials"; never values.
    package let source: String
    /// When they expire; nil for long-term keys.
    package let expiration: Date?

    package init(credentials: AWSCredentials, source: String, expiration: Date? = nil) {
        self.credentials = credentials
        self.source = source
        self.expiration = expiration
    }

    /// The access key id and the source; nothing secret.
    package var description: String {
        let expiry = expiration.map { ", expiring \($0.formatted(.iso8601))" } ?? ""
        return "\(credentials) from \(source)\(expiry)"
    }
}

/// Something that can produce AWS credentials.
package protocol CredentialProvider: Sendable {
    func resolve() async throws -> ResolvedCredentials
    /// Forgets any credentials kept for later, so the next `resolve` fetches new ones (after the
    /// service refused them as expired, say).
    func invalidate() async
}

extension CredentialProvider {
    /// Nothing kept, nothing to forget.
    package func invalidate() async {}
}

/// Always the same credentials; for tests and the local emulator.
package struct StaticCredentialProvider: CredentialProvider {
    package let resolved: ResolvedCredentials

    package init(_ credentials: AWSCredentials, source: String = "static credentials") {
        resolved = ResolvedCredentials(credentials: credentials, source: source)
    }

    package func resolve() async throws -> ResolvedCredentials { resolved }
}
