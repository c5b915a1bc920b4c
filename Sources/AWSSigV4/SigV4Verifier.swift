import Foundation

/// Verifies the SigV4 Authorization header of a received request (server side, for the API emulator).
package struct SigV4Verifier: Sendable {
    package let secrets: [String: AWSCredentials]
    package let service: String
    package let maxSkew: TimeInterval

    /// `secrets` maps access key id to credentials; a credential with a session token requires that token.
    package init(secrets: [String: AWSCredentials], service: String, maxSkew: TimeInterval = 300) {
        self.secrets = secrets
        self.service = service
        self.maxSkew = maxSkew
    }

    /// Checks the request; on success returns the access key id that signed it.
    /// `path` and `query` are raw (percent-encoded as received); `headers` include Host.
    package func verify(
        method: String, path: String, query: String, headers: [HTTPHeader], body: [UInt8], now: Date
    ) -> Result<String, SigV4VerificationError> {
        func values(_ name: String) -> [String] {
            headers.filter { SigV4Canonical.lowercasedName($0.name) == name }.map(\.value)
        }
        guard let authHeader = values("authorization").first else { return .failure(.missingAuthentication) }
        let auth: SigV4Authorization
        switch SigV4Authorization.parse(authHeader) {
        case .success(let parsed): auth = parsed
        case .failure(let error): return .failure(error)
        }
        guard let amzDate = values("x-amz-date").first.map(SigV4Canonical.normalizedValue) else {
            return .failure(
                .incompleteSignature(
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."))
        }
        guard let date = AmzDate.parse(amzDate) else {
            return .failure(.incompleteSignature("Date must be in ISO-8601 'basic format'. Got '\(amzDate)'."))
        }
        guard auth.signedHeaders.contains("host") else {
            return .failure(.incompleteSignature("'Host' must be a 'SignedHeader' in the AWS Authorization."))
        }
        var signed: [HTTPHeader] = []
        for name in auth.signedHeaders {
            let found = values(name)
            if found.isEmpty {
                return .failure(.incompleteSignature("Signed header '\(name)' is missing from the request."))
            }
            signed += found.map { HTTPHeader(name, $0) }
        }
        guard let credentials = secrets[auth.accessKeyId] else { return .failure(.unknownAccessKey) }
        if credentials.sessionToken != values("x-amz-security-token").first.map(SigV4Canonical.normalizedValue) {
            return .failure(.invalidToken)
        }
        if abs(date.timeIntervalSince(now)) > maxSkew { return .failure(.expired(requestDate: date, now: now, window: maxSkew)) }
        // A scope naming another day or service can never match what we compute.
        guard auth.scopeDate == String(amzDate.prefix(8)), auth.service == service else {
            return .failure(.signatureMismatch)
        }
        let signer = SigV4Signer(credentials: credentials, region: auth.region, service: auth.service)
        let canonical = SigV4Signer.canonicalRequest(
            method: method, percentEncodedPath: path, percentEncodedQuery: query, signedHeaders: signed,
            payloadHash: SigV4Signer.payloadHash(body))
        // Signed names must be exactly the canonical (lowercase, sorted, unique) list the client hashed.
        guard canonical.signedHeaders == auth.signedHeaders.joined(separator: ";") else {
            return .failure(.signatureMismatch)
        }
        let expected = signer.signature(
            stringToSign: signer.stringToSign(canonicalRequest: canonical.text, date: date), date: date)
        return Self.constantTimeEqual(expected, auth.signature) ? .success(auth.accessKeyId) : .failure(.signatureMismatch)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
