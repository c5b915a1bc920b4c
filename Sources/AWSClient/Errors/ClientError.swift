import ContactLensModel

/// Everything that can go wrong with one call, sorted by what the caller should do about it.
package enum ClientError: Error, Sendable, Hashable {
    /// The request breaks the service model's rules; nothing was sent.
    case invalidRequest(RequestValidationError)
    /// No usable credentials.
    case credentials(String)
    /// The service answered with an error.
    case service(ServiceError)
    /// No connection could be made: refused, a host that does not resolve or cannot be reached.
    case cannotConnect(String)
    /// The connection broke or was closed before a whole response arrived.
    case transport(String)
    /// The endpoint answered with a redirect, which is never followed: AWS APIs do not redirect.
    case redirect(status: Int, location: String?)
    /// The caller stopped waiting (the follow was cancelled); not a failure of the service.
    case cancelled
    /// The endpoint's TLS certificate failed verification: trying again cannot help, and
    /// verification is never turned off.
    case untrustedCertificate(String)
    /// No whole response within the timeout.
    case timeout(Duration)
    /// A 2xx response whose body is not a valid page.
    case malformedResponse(String)
    /// A body over the limit the caller set (an S3 object bigger than it reads), refused from its
    /// declared length (`declared`) or cut off once it grew past the limit; trying again cannot help.
    case tooLarge(limit: Int, declared: Int?)

    /// Throttling, 5xx, timeouts and broken connections pass; the rest would fail again.
    package var isTransient: Bool {
        switch self {
        case .service(let error): error.isRetryable
        case .cannotConnect, .transport, .timeout, .malformedResponse: true
        case .invalidRequest, .credentials, .untrustedCertificate, .redirect, .cancelled, .tooLarge: false
        }
    }

    package var isThrottling: Bool {
        if case .service(let error) = self { return error.isThrottling }
        return false
    }

    /// The wait the server asked for, if any.
    package var retryAfter: Duration? {
        if case .service(let error) = self { return error.retryAfter }
        return nil
    }

    /// True when the service rejected the request itself (e.g. a NextToken it no longer accepts).
    package var isInvalidRequest: Bool {
        if case .service(let error) = self { return error.code == ServiceErrorCode.invalidRequest.rawValue }
        return false
    }

    /// True when the service has no such resource (a contact past the real-time API's 24 hours).
    package var isNotFound: Bool {
        if case .service(let error) = self { return error.code == ServiceErrorCode.resourceNotFound.rawValue }
        return false
    }

    /// A short reason for a status line, e.g. "ThrottlingException: Rate exceeded".
    package var shortReason: String {
        switch self {
        case .invalidRequest(let error): "invalid request: \(error.message)"
        case .credentials(let message): message
        case .service(let error): error.message.isEmpty ? error.code : "\(error.code): \(error.message)"
        case .cannotConnect(let message): "cannot connect: \(message)"
        case .transport(let message): "connection error: \(message)"
        case .redirect(let status, let location):
            "the endpoint answered \(status), a redirect to \(location.map { "'\($0.prefix(200))'" } ?? "nowhere"), "
                + "which is never followed (AWS APIs do not redirect): check --endpoint-url"
        case .cancelled: "cancelled"
        case .untrustedCertificate(let message): "untrusted TLS certificate: \(message)"
        case .timeout(let duration): "no response within \(duration.formattedSeconds)"
        case .malformedResponse(let message): "malformed response: \(message)"
        case .tooLarge(let limit, let declared):
            "the response is \(declared.map { "\(ByteSize.describe($0)), " } ?? "")over the \(ByteSize.describe(limit)) allowed"
        }
    }
}

extension Duration {
    /// "1.5 s", "20 s", "250 ms".
    package var formattedSeconds: String {
        let millis = Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000)
        if millis < 1000 { return "\(millis) ms" }
        if millis % 1000 == 0 { return "\(millis / 1000) s" }
        return "\(Double(millis / 100) / 10) s"
    }
}

/// Sizes as a person reads them.
package enum ByteSize {
    /// "512 bytes", "1.5 KiB", "45.0 MiB", "2.0 GiB".
    package static func describe(_ bytes: Int) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return "\((value * 10).rounded() / 10) \(units[unit])"
    }
}
