import FoundationEssentials

/// Cuts the secrets a request carried (a secret key, a session or bearer token, a web identity
/// token, an MFA code) out of its endpoint's answer, so that no error message built from the
/// answer can hold one, whatever the endpoint echoes.
enum Redaction {
    /// Shorter values are left alone: no real secret is (an MFA code has 6 digits, a secret key
    /// 40 characters), and cutting out a letter or two would garble the answer itself.
    static let shortestSecret = 6

    static func redact(_ text: String, _ secrets: [String?]) -> String {
        secrets.compactMap { $0 }.filter { $0.count >= shortestSecret }.reduce(text) {
            $0.replacing($1, with: "(redacted)")
        }
    }

    /// An error body with the secrets cut out; bytes that are not UTF-8 are replaced too.
    static func redact(_ body: [UInt8], _ secrets: [String?]) -> [UInt8] {
        let text = String(decoding: body, as: UTF8.self)
        let redacted = redact(text, secrets)
        return redacted == text ? body : Array(redacted.utf8)
    }
}
