import AWSSigV4
import ContactLensModel
import Crypto
import FoundationEssentials
import LensBasics

/// The access token `aws sso login` leaves in ~/.aws/sso/cache. lenstail only reads it: it never
/// runs the device flow nor refreshes the token through SSO-OIDC; when the token is missing or
/// expired, the advice is to log in again.
struct SSOToken: Sendable {
    let accessToken: String
    let expiresAt: Date

    /// ~/.aws/sso/cache/<SHA-1 hex of `key>.json`, the name botocore's SSOTokenLoader gives it; the
    /// key is the sso-session name, or the start URL for a legacy profile.
    static func cachePath(key: String, homeDirectory: String) -> String {
        let digest = Insecure.SHA1.hash(data: Array(key.utf8))
        let hex = Hex.encode(digest)
        return homeDirectory + "/.aws/sso/cache/" + hex + ".json"
    }

    /// Reads and checks the cached token. `session` names it in messages ("SSO session 'corp'"),
    /// `profile` is the one to pass to `aws sso login`.
    static func load(
        key: String, session: String, profile: String, environment: AWSEnvironment,
        now: Date
    ) throws -> SSOToken {
        let path = cachePath(key: key, homeDirectory: environment.homeDirectory)
        let login = "run aws sso login --profile \(profile)"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CredentialError(.ssoLoginRequired, "no SSO token is cached for \(session) (\(path)): \(login)")
        }
        let json = (try? JSONValue.parse(Array(data)))?.members
        guard let token = json?["accessToken"]?.string, !token.isEmpty, let expiry = json?["expiresAt"]?.string else {
            throw CredentialError(
                .ssoLoginRequired,
                "the SSO token cached for \(session) (\(path)) has no accessToken"
                    + " or expiresAt: \(login)")
        }
        guard let expiresAt = parseExpiry(expiry) else {
            throw CredentialError(.ssoLoginRequired, "the SSO token cached for \(session) has an unreadable expiresAt: \(login)")
        }
        guard expiresAt > now else {
            throw CredentialError(
                .ssoLoginRequired,
                "the SSO token for \(session) expired at \(RFC3339.format(expiresAt)):"
                    + " \(login)")
        }
        return SSOToken(accessToken: token, expiresAt: expiresAt)
    }

    /// RFC 3339, or the "2024-01-01T00:00:00UTC" older CLIs wrote.
    private static func parseExpiry(_ text: String) -> Date? {
        let trimmed = text.trimmed()
        if trimmed.hasSuffix("UTC") { return RFC3339.parse(trimmed.dropLast(3) + "Z") }
        return RFC3339.parse(trimmed)
    }
}
