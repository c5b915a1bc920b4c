import FoundationEssentials

/// Caches what a provider returns; resolves again once within 5 minutes of the expiration.
/// Concurrent callers share one resolution, so a credential_process runs once, not once per request.
package actor CachingCredentialProvider: CredentialProvider {
    /// How long before expiry credentials are replaced (botocore refreshes 10-15 min ahead; 5 min suits a viewer).
    package static let refreshMargin: TimeInterval = 5 * 60

    private let base: any CredentialProvider
    private let now: @Sendable () -> Date
    private var cached: ResolvedCredentials?
    private var inFlight: Task<ResolvedCredentials, any Error>?

    package init(_ base: any CredentialProvider, now: @escaping @Sendable () -> Date = Date.init) {
        self.base = base
        self.now = now
    }

    package func resolve() async throws -> ResolvedCredentials {
        if let cached, isFresh(cached) { return cached }
        if let inFlight { return try await inFlight.value }
        let base = self.base
        let task = Task { try await base.resolve() }
        inFlight = task
        defer { inFlight = nil }
        do {
            let resolved = try await task.value
            cached = resolved
            return resolved
        } catch {
            // A failed early refresh keeps credentials that still work.
            if let cached, let expiration = cached.expiration, expiration > now() { return cached }
            throw error
        }
    }

    /// Forgets the cached credentials, e.g. after the service rejected them.
    package func invalidate() {
        cached = nil
    }

    private func isFresh(_ resolved: ResolvedCredentials) -> Bool {
        guard let expiration = resolved.expiration else { return true }
        return expiration.timeIntervalSince(now()) > Self.refreshMargin
    }
}
