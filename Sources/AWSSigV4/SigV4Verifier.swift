import FoundationEssentials

/// Verifies the SigV4 Authorization header of a received request (server side, for the API emulator).
package struct SigV4Verifier: Sendable {
    package let secrets: [String: AWSCredentials]
    package let service: String
    package let maxSkew: TimeInterval
    /// S3 signs its path as sent (no dot or empty segment removed) and hashes the payload the
    /// request's `x-amz-content-sha256` names: the body's SHA-256, or `UNSIGNED-PAYLOAD`.
    package var isS3 = false

    /// `secrets` maps access key id to credentials; a credential with a session token requires that token.
    package init(secrets: [String: AWSCredentials], service: String, maxSkew: TimeInterval = 300) {
        self.secrets = secrets
        self.service = service
        self.maxSkew = maxSkew
    }

    /// A verifier of S3's variant of SigV4, for service `s3`.
    package static func s3(secrets: [String: AWSCredentials], maxSkew: TimeInterval = 900) -> SigV4Verifier {
        var verifier = SigV4Verifier(secrets: secrets, service: "s3", maxSkew: maxSkew)
        verifier.isS3 = true
        return verifier
    }

    /// S3 accepts a body it is not given the hash of: the signature then covers this word.
    package static let unsignedPayload = "UNSIGNED-PAYLOAD"

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
        if isS3 && values(SigV4Signer.payloadHashHeader).isEmpty { return .failure(.missingPayloadHash) }
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
        var payloadHash = SigV4Signer.payloadHash(body)
        if isS3 {
            // S3 refuses a request without the header, and one whose body is not what it names.
            let claimed = values(SigV4Signer.payloadHashHeader).first.map(SigV4Canonical.normalizedValue) ?? ""
            if claimed != Self.unsignedPayload && claimed.lowercased() != payloadHash {
                return .failure(.payloadHashMismatch(claimed: claimed, computed: payloadHash))
            }
            payloadHash = claimed
        }
        let canonical = SigV4Signer.canonicalRequest(
            method: method, percentEncodedPath: path, percentEncodedQuery: query, signedHeaders: signed,
            payloadHash: payloadHash, normalizesPath: !isS3)
        // Signed names must be exactly the canonical (lowercase, sorted, unique) list the client hashed.
        guard canonical.signedHeaders == auth.signedHeaders.joined(separator: ";") else {
            return .failure(.signatureMismatch)
        }
        let expected = signer.signature(
            stringToSign: signer.stringToSign(canonicalRequest: canonical.text, date: date), date: date)
        return Self.constantTimeEqual(expected, auth.signature) ? .success(auth.accessKeyId) : .failure(.signatureMismatch)
    }

    /// The service and region the request's Authorization names in its credential scope (a
    /// server routing by service, or naming the region a resource is in); nil when unreadable.
    package static func scope(of headers: [HTTPHeader]) -> (service: String, region: String)? {
        guard let header = headers.first(where: { SigV4Canonical.lowercasedName($0.name) == "authorization" }),
            case .success(let auth) = SigV4Authorization.parse(header.value)
        else { return nil }
        return (auth.service, auth.region)
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
