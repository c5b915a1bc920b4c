import FoundationEssentials

/// Tells an answer that refused a request for its time, as the AWS SDKs do (the Swift, Java and
/// JavaScript SDKs' clock-skew lists; the installed botocore has none and never corrects the
/// clock), and measures the difference from the answer's `Date` header.
enum ClockSkew {
    /// Codes that only ever mean "the request's time is off".
    static let timeCodes: Set<String> = ["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"]
    /// Codes that mean it when the message speaks of time: AWS answers a stale signature with
    /// `InvalidSignatureException` (JSON services) or `SignatureDoesNotMatch` (STS), saying
    /// "Signature expired: 20240101T000000Z is now earlier than …" or "Signature not yet current: …".
    static let signatureCodes: Set<String> = ["InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure"]
    static let timePhrases = ["signature expired", "not yet current", "skew", "request has expired", "request time"]

    /// True when `error` says the request was refused for the time it was signed at.
    static func isTimeRefusal(_ error: ServiceError) -> Bool {
        if timeCodes.contains(error.code) { return true }
        guard signatureCodes.contains(error.code) else { return false }
        let message = error.message.lowercased()
        return timePhrases.contains { message.contains($0) }
    }

    /// AWS's time minus this machine's, from the `Date` header of an answer received at
    /// `receivedAt` (this machine's clock). The header counts whole seconds, so the middle of its
    /// second is the best guess: a clock in step measures within half a second of 0.
    static func measure(_ response: HTTPResponse, receivedAt: Date) -> TimeInterval? {
        guard let header = response.header("Date"), let serverDate = HTTPDate.parse(header) else { return nil }
        return serverDate.timeIntervalSince(receivedAt) + 0.5
    }
}
