import FoundationEssentials
import LensBasics

/// Asks the person at the terminal for the current code of an MFA device (a profile's mfa_serial).
package protocol MFAPrompt: Sendable {
    /// The code for `serial`; throws a one-line `CredentialError` when nobody can answer.
    func code(forSerial serial: String, profile: String) async throws -> String
}

/// Lets a chain ask once. By the time assumed-role credentials need renewing, the full-screen
/// view owns the terminal, so a second code cannot be typed; botocore refuses a second prompt
/// too (RefreshWithMFAUnsupportedError). The renewal then fails with a line saying to restart.
final class OneTimeMFAPrompt: @unchecked Sendable {
    private let base: (any MFAPrompt)?
    private let lock = Lock()
    private var asked = false

    init(_ base: (any MFAPrompt)?) {
        self.base = base
    }

    func code(forSerial serial: String, profile: String) async throws -> String {
        guard let base else {
            throw CredentialError(
                .mfaUnavailable,
                "profile '\(profile)' needs an MFA code for \(serial),"
                    + " and lenstail has no terminal to ask for it here")
        }
        let first = lock.withLock { () -> Bool in
            defer { asked = true }
            return !asked
        }
        guard first else {
            throw CredentialError(
                .mfaUnavailable,
                "the role credentials of profile '\(profile)' expired and need a new"
                    + " MFA code for \(serial): restart lenstail to enter one (a longer duration_seconds makes this rarer)")
        }
        return try await base.code(forSerial: serial, profile: profile)
    }
}
