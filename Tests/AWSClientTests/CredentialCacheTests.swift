import AWSSigV4
import Foundation
import Testing

@testable import AWSClient

/// A clock the test moves by hand.
final class ManualNow: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Date

    init(_ start: Date) { value = start }

    var date: Date { lock.withLock { value } }
    func set(_ date: Date) { lock.withLock { value = date } }
    var closure: @Sendable () -> Date { { self.date } }
}

/// Answers "AKID<n>" on its n-th call, or fails when told to.
actor CountingProvider: CredentialProvider {
    private(set) var calls = 0
    var expiration: Date?
    var failing = false

    init(expiration: Date?) { self.expiration = expiration }

    func setFailing(_ value: Bool) { failing = value }

    func resolve() async throws -> ResolvedCredentials {
        calls += 1
        if failing { throw CredentialError(.processFailed, "refresh failed") }
        try await Task.sleep(for: .milliseconds(50))  // lets concurrent callers pile up; never a correctness wait
        return ResolvedCredentials(
            credentials: AWSCredentials(accessKeyId: "AKID\(calls)", secretAccessKey: "s"),
            source: "counting", expiration: expiration)
    }
}

/// CachingCredentialProvider keeps credentials until 5 minutes before they expire.
@Suite struct CredentialCacheTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func credentialsWithoutExpiryAreResolvedOnce() async throws {
        let base = CountingProvider(expiration: nil)
        let cache = CachingCredentialProvider(base)
        for _ in 0..<3 { #expect(try await cache.resolve().credentials.accessKeyId == "AKID1") }
        #expect(await base.calls == 1)
    }

    @Test func concurrentCallersShareOneResolution() async throws {
        let base = CountingProvider(expiration: nil)
        let cache = CachingCredentialProvider(base)
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await cache.resolve().credentials.accessKeyId } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(keys == ["AKID1"])
        #expect(await base.calls == 1)
    }

    @Test func resolvesAgainWithinFiveMinutesOfExpiry() async throws {
        let now = ManualNow(start)
        let base = CountingProvider(expiration: start.addingTimeInterval(3600))
        let cache = CachingCredentialProvider(base, now: now.closure)
        #expect(try await cache.resolve().credentials.accessKeyId == "AKID1")
        now.set(start.addingTimeInterval(3600 - 301))
        #expect(try await cache.resolve().credentials.accessKeyId == "AKID1")
        now.set(start.addingTimeInterval(3600 - 299))
        #expect(try await cache.resolve().credentials.accessKeyId == "AKID2")
    }

    @Test func aFailedEarlyRefreshKeepsCredentialsThatStillWork() async throws {
        let now = ManualNow(start)
        let base = CountingProvider(expiration: start.addingTimeInterval(3600))
        let cache = CachingCredentialProvider(base, now: now.closure)
        _ = try await cache.resolve()
        await base.setFailing(true)
        now.set(start.addingTimeInterval(3600 - 60))
        #expect(try await cache.resolve().credentials.accessKeyId == "AKID1")
        now.set(start.addingTimeInterval(3600 + 1))
        await #expect(throws: CredentialError.self) { try await cache.resolve() }
    }

    @Test func credentialProcessExpiryDrivesTheCache() async throws {
        let home = try TempAWSHome()
        let counter = home.root + "/count"
        let expiry = Date().addingTimeInterval(2 * 3600)
        let script = try home.script(
            "creds.sh",
            """
            n=$(( $(cat \(counter) 2>/dev/null || echo 0) + 1 )); echo $n > \(counter)
            printf '{"Version":1,"AccessKeyId":"AKID%s","SecretAccessKey":"S","Expiration":"%s"}' $n \(RFC3339.format(expiry))
            """)
        try home.writeConfig("[profile p]\ncredential_process = \(script)\n")
        let now = ManualNow(Date())
        let cache = CachingCredentialProvider(
            CredentialChain(profile: "p", environment: home.environment()),
            now: now.closure)
        #expect(try await cache.resolve().credentials.accessKeyId == "AKID1")
        now.set(expiry.addingTimeInterval(-3600))
        #expect(try await cache.resolve().credentials.accessKeyId == "AKID1")
        now.set(expiry.addingTimeInterval(-240))
        #expect(try await cache.resolve().credentials.accessKeyId == "AKID2")
    }
}
