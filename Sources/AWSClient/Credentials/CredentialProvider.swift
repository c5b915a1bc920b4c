import AWSSigV4
import Foundation

/// Credentials with where they came from and when they stop working.
public struct ResolvedCredentials: Sendable, CustomStringConvertible {
    public let credentials: AWSCredentials
    /// Where they came from, for messages, e.g. "profile 'dev' in /home/u/.aws/credentials"; never values.
    public let source: String
    /// When they expire; nil for long-term keys.
    public let expiration: Date?

    public init(credentials: AWSCredentials, source: String, expiration: Date? = nil) {
        self.credentials = credentials
        self.source = source
        self.expiration = expiration
    }

    /// The access key id and the source; nothing secret.
    public var description: String {
        let expiry = expiration.map { ", expiring \($0.formatted(.iso8601))" } ?? ""
        return "\(credentials) from \(source)\(expiry)"
    }
}

/// Something that can produce AWS credentials.
public protocol CredentialProvider: Sendable {
    func resolve() async throws -> ResolvedCredentials
    /// Forgets any credentials kept for later, so the next `resolve` fetches new ones (after the
    /// service refused them as expired, say).
    func invalidate() async
}

extension CredentialProvider {
    /// Nothing kept, nothing to forget.
    public func invalidate() async {}
}

/// Always the same credentials; for tests and the local emulator.
public struct StaticCredentialProvider: CredentialProvider {
    public let resolved: ResolvedCredentials

    public init(_ credentials: AWSCredentials, source: String = "static credentials") {
        resolved = ResolvedCredentials(credentials: credentials, source: source)
    }

    public func resolve() async throws -> ResolvedCredentials { resolved }
}
