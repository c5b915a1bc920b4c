import FoundationEssentials

/// Why a request's SigV4 signature was rejected, with the AWS error code and message to answer with.
package enum SigV4VerificationError: Error, Sendable, Hashable {
    case missingAuthentication
    case incompleteSignature(String)
    case unknownAccessKey
    case invalidToken
    case signatureMismatch
    /// Signed at `requestDate`, received at `now`: further apart than `window` seconds.
    case expired(requestDate: Date, now: Date, window: TimeInterval)
    /// S3: the request has no `x-amz-content-sha256` header.
    case missingPayloadHash
    /// S3: `x-amz-content-sha256` is not the body's SHA-256 (nor UNSIGNED-PAYLOAD).
    case payloadHashMismatch(claimed: String, computed: String)

    /// The AWS error code (`x-amzn-ErrorType` / `__type`).
    package var code: String {
        switch self {
        case .missingAuthentication: "MissingAuthenticationTokenException"
        case .incompleteSignature: "IncompleteSignatureException"
        case .unknownAccessKey, .invalidToken: "UnrecognizedClientException"
        case .signatureMismatch, .expired: "InvalidSignatureException"
        case .missingPayloadHash: "InvalidRequest"
        case .payloadHashMismatch: "XAmzContentSHA256Mismatch"
        }
    }

    /// An AWS-like message.
    package var message: String {
        switch self {
        case .missingAuthentication:
            "Missing Authentication Token"
        case .incompleteSignature(let detail):
            detail
        case .unknownAccessKey, .invalidToken:
            "The security token included in the request is invalid."
        case .signatureMismatch:
            "The request signature we calculated does not match the signature you provided. "
                + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
        case .expired(let requestDate, let now, let window):
            // AWS's own words, which clients read to tell a clock that is off from a wrong key.
            requestDate < now
                ? "Signature expired: \(AmzDate.format(requestDate)) is now earlier than "
                    + "\(AmzDate.format(now - window)) (\(AmzDate.format(now)) - \(Int(window / 60)) min.)"
                : "Signature not yet current: \(AmzDate.format(requestDate)) is still later than "
                    + "\(AmzDate.format(now + window)) (\(AmzDate.format(now)) + \(Int(window / 60)) min.)"
        case .missingPayloadHash:
            "Missing required header for this request: x-amz-content-sha256"
        case .payloadHashMismatch:
            "The provided 'x-amz-content-sha256' header does not match what was computed."
        }
    }
}
