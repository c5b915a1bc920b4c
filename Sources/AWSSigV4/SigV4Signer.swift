import Crypto
import FoundationEssentials

/// A pure AWS Signature Version 4 signer (header signing); the date is injected.
package struct SigV4Signer: Sendable {
    package let credentials: AWSCredentials
    package let region: String
    package let service: String
    /// Every service but S3 signs its path normalised (dot and empty segments removed); S3 signs
    /// the path as sent.
    package var normalizesPath: Bool
    /// S3 requires the payload's hash in a signed `x-amz-content-sha256` header.
    package var signsPayloadHash: Bool

    static let algorithm = "AWS4-HMAC-SHA256"
    static let payloadHashHeader = "x-amz-content-sha256"
    /// Header names the signer owns: values passed in by the caller are replaced, not signed twice.
    static let signerOwnedHeaders: Set<String> = ["host", "x-amz-date", "x-amz-security-token", "authorization"]

    package init(
        credentials: AWSCredentials, region: String, service: String, normalizesPath: Bool = true,
        signsPayloadHash: Bool = false
    ) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.normalizesPath = normalizesPath
        self.signsPayloadHash = signsPayloadHash
    }

    /// A signer for S3: the path signed as sent, the payload hash sent and signed.
    package static func s3(credentials: AWSCredentials, region: String) -> SigV4Signer {
        SigV4Signer(credentials: credentials, region: region, service: "s3", normalizesPath: false, signsPayloadHash: true)
    }

    /// Returns the headers to add: X-Amz-Date, X-Amz-Security-Token (if a token), x-amz-content-sha256
    /// (when `signsPayloadHash`), Authorization. A Host, X-Amz-Date, X-Amz-Security-Token or
    /// Authorization in `headers` is ignored: the signer derives them (and x-amz-content-sha256 when it sends one).
    /// The signing key comes from `SigningKeyCache`: derived once per day, region and service.
    package func sign(method: String, url: URL, headers: [HTTPHeader], body: [UInt8], date: Date) -> [HTTPHeader] {
        let canonical = canonicalRequest(method: method, url: url, headers: headers, body: body, date: date)
        let amzDate = Self.amzDate(date)
        let scope = credentialScope(amzDate: amzDate)
        let toSign = stringToSign(canonicalRequest: canonical.text, amzDate: amzDate, scope: scope)
        let key = SigningKeyCache.shared.key(
            secret: credentials.secretAccessKey, day: amzDate.prefix(8), region: region, service: service
        ) { signingKey(date: date) }
        let signature = Hex.encode(HMAC<SHA256>.authenticationCode(for: Array(toSign.utf8), using: key))
        let auth = authorization(signedHeaders: canonical.signedHeaders, signature: signature, scope: scope)
        var added = [HTTPHeader("X-Amz-Date", amzDate)]
        if let token = credentials.sessionToken { added.append(HTTPHeader("X-Amz-Security-Token", token)) }
        if signsPayloadHash { added.append(HTTPHeader(Self.payloadHashHeader, Self.payloadHash(body))) }
        added.append(HTTPHeader("Authorization", auth))
        return added
    }

    /// The Host header value for `url`: lowercased host, IPv6 in brackets, port only when not 80/443.
    package static func hostHeader(for url: URL) -> String {
        var host = (url.host ?? "").lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.contains(":") { host = "[" + host + "]" }
        guard let port = url.port else { return host }
        let scheme = url.scheme?.lowercased()
        if (scheme == "https" && port == 443) || (scheme == "http" && port == 80) { return host }
        return host + ":" + String(port)
    }

    /// `yyyyMMdd'T'HHmmss'Z'` in UTC.
    package static func amzDate(_ date: Date) -> String { AmzDate.format(date) }

    /// Hex SHA-256 of the exact body bytes.
    package static func payloadHash(_ body: [UInt8]) -> String { Hex.encode(SHA256.hash(data: body)) }

    /// The headers that get signed: the caller's (minus never-signed ones), Host, X-Amz-Date, the
    /// token, and the payload hash when `signsPayloadHash`. A body signed by its hash has its
    /// Content-Length signed too when the caller passes one (the AWS suite's `sign_body` cases).
    package func headersToSign(url: URL, headers: [HTTPHeader], date: Date, payloadHash: String? = nil) -> [HTTPHeader] {
        var signed = headers.filter {
            let name = SigV4Canonical.lowercasedName($0.name)
            if signsPayloadHash {
                if name == Self.payloadHashHeader { return false } else if name == "content-length" { return true }
            }
            return !SigV4Canonical.unsignedHeaders.contains(name) && !Self.signerOwnedHeaders.contains(name)
        }
        signed.append(HTTPHeader("host", Self.hostHeader(for: url)))
        signed.append(HTTPHeader("x-amz-date", Self.amzDate(date)))
        if let token = credentials.sessionToken { signed.append(HTTPHeader("x-amz-security-token", token)) }
        if signsPayloadHash, let payloadHash { signed.append(HTTPHeader(Self.payloadHashHeader, payloadHash)) }
        return signed
    }

    /// Step 1: the canonical request for a request to `url`.
    package func canonicalRequest(method: String, url: URL, headers: [HTTPHeader], body: [UInt8], date: Date)
        -> SigV4CanonicalRequest
    {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let payloadHash = Self.payloadHash(body)
        return Self.canonicalRequest(
            method: method, percentEncodedPath: components?.percentEncodedPath ?? "/",
            percentEncodedQuery: components?.percentEncodedQuery ?? "",
            signedHeaders: headersToSign(url: url, headers: headers, date: date, payloadHash: payloadHash),
            payloadHash: payloadHash, normalizesPath: normalizesPath)
    }

    /// Step 1 from raw parts: every header in `signedHeaders` is signed (names lowercased, sorted, values normalised).
    package static func canonicalRequest(
        method: String, percentEncodedPath: String, percentEncodedQuery: String, signedHeaders: [HTTPHeader],
        payloadHash: String, normalizesPath: Bool = true
    ) -> SigV4CanonicalRequest {
        let headers = SigV4Canonical.canonicalHeaders(signedHeaders)
        let uri =
            normalizesPath
            ? SigV4Canonical.uri(percentEncodedPath: percentEncodedPath)
            : SigV4Canonical.unnormalizedURI(percentEncodedPath: percentEncodedPath)
        let text = SigV4Canonical.request(
            method: method, uri: uri,
            query: SigV4Canonical.query(percentEncodedQuery: percentEncodedQuery), headers: headers,
            payloadHash: payloadHash)
        return SigV4CanonicalRequest(text: text, signedHeaders: SigV4Canonical.signedHeaderList(headers))
    }

    /// `yyyyMMdd/region/service/aws4_request`.
    package func credentialScope(date: Date) -> String { credentialScope(amzDate: Self.amzDate(date)) }

    private func credentialScope(amzDate: String) -> String {
        String(amzDate.prefix(8)) + "/" + region + "/" + service + "/aws4_request"
    }

    /// Step 2: algorithm, timestamp, scope and the hex SHA-256 of the canonical request.
    package func stringToSign(canonicalRequest: String, date: Date) -> String {
        let amzDate = Self.amzDate(date)
        return stringToSign(canonicalRequest: canonicalRequest, amzDate: amzDate, scope: credentialScope(amzDate: amzDate))
    }

    private func stringToSign(canonicalRequest: String, amzDate: String, scope: String) -> String {
        Self.algorithm + "\n" + amzDate + "\n" + scope + "\n" + Hex.encode(SHA256.hash(data: Array(canonicalRequest.utf8)))
    }

    /// Step 3: kSigning = HMAC chain over date, region, service and "aws4_request".
    package func signingKey(date: Date) -> [UInt8] {
        var key = SymmetricKey(data: Array(("AWS4" + credentials.secretAccessKey).utf8))
        for part in [String(Self.amzDate(date).prefix(8)), region, service, "aws4_request"] {
            key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key))
        }
        return key.withUnsafeBytes { Array($0) }
    }

    /// Step 4: hex HMAC of the string to sign with the signing key.
    package func signature(stringToSign: String, date: Date) -> String {
        let key = SymmetricKey(data: signingKey(date: date))
        return Hex.encode(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key))
    }

    /// The Authorization header value.
    package func authorization(signedHeaders: String, signature: String, date: Date) -> String {
        authorization(signedHeaders: signedHeaders, signature: signature, scope: credentialScope(date: date))
    }

    private func authorization(signedHeaders: String, signature: String, scope: String) -> String {
        Self.algorithm + " Credential=" + credentials.accessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders
            + ", Signature=" + signature
    }
}
