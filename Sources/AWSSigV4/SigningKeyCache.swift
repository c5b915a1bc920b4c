import Crypto
import Synchronization

/// The signing keys a process has derived, by secret, day, region and service: a client signs
/// request after request with the same key, which took four HMACs (and a key object each) to
/// derive every time. Only `SigV4Signer.sign` uses it; verifying a signature derives its own.
final class SigningKeyCache: Sendable {
    static let shared = SigningKeyCache()

    private struct Scope: Hashable {
        var secret: String
        var day: Substring
        var region: String
        var service: String
    }

    private let keys = Mutex<[Scope: [UInt8]]>([:])

    /// The key for this scope, derived by `derive` the first time.
    func key(secret: String, day: Substring, region: String, service: String, derive: () -> [UInt8]) -> SymmetricKey {
        let scope = Scope(secret: secret, day: day, region: region, service: service)
        if let key = keys.withLock({ $0[scope] }) { return SymmetricKey(data: key) }
        let key = derive()
        keys.withLock {
            // Yesterday's keys (and rotated secrets') are never asked for again: a few are kept.
            if $0.count >= 16 { $0.removeAll() }
            $0[scope] = key
        }
        return SymmetricKey(data: key)
    }
}
