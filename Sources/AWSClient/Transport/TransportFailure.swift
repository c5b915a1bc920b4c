import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1
import NIOPosix

/// Turns what AsyncHTTPClient and NIO throw into a `ClientError` with a message a person can
/// read: "connection refused by 127.0.0.1:8123", not the layers of wrapped error descriptions.
enum TransportFailure {
    static func classify(_ error: any Error, url: URL, timeout: Duration, maxResponseBytes: Int) -> ClientError {
        let target = "\(url.host ?? "?"):\(url.port ?? (url.scheme == "https" ? 443 : 80))"
        if error is CancellationError { return .cancelled }
        if let error = error as? NIOTooManyBytesError {
            return .malformedResponse("response larger than \(maxResponseBytes >> 20) MiB (\(error))")
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout: return .timeout(timeout)
            case .cancelled: return .cancelled
            case .connectTimeout, .tlsHandshakeTimeout: return .cannotConnect("no connection within the time allowed")
            case .remoteConnectionClosed:
                return .transport("the server closed the connection before the whole response")
            default: break
            }
        }
        if case ChannelError.connectTimeout = error { return .cannotConnect("no connection within the time allowed") }
        if let error = error as? HTTPParserError {
            if error == .invalidEOFState || error == .closedConnection {
                return .transport("the server closed the connection before the whole response")
            }
            return .transport("the response is not valid HTTP (\(error))")
        }
        if let error = error as? NIOConnectionError {
            if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
                return .cannotConnect("cannot resolve the host \(error.host)")
            }
            if let errno = error.connectionErrors.lazy.compactMap({ ($0.error as? IOError)?.errnoCode }).first {
                return .cannotConnect("\(reason(errno: errno)) (\(target))")
            }
            return .cannotConnect("cannot connect to \(target)")
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL:
                return .cannotConnect("\(reason(errno: error.errnoCode)) (\(target))")
            default:
                return .transport(reason(errno: error.errnoCode))
            }
        }
        if isCertificateFailure(error) { return .untrustedCertificate(String(describing: error).prefix(200).description) }
        return .transport(String(describing: error).prefix(200).description)
    }

    /// The system's own words for an errno, lower-cased as a clause: "connection refused".
    static func reason(errno: Int32) -> String {
        switch errno {
        case ECONNREFUSED: "connection refused"
        case ECONNRESET: "connection reset by the server"
        case EHOSTUNREACH: "host unreachable"
        case ENETUNREACH: "network unreachable"
        case ETIMEDOUT: "connection timed out"
        case EPIPE: "the connection was closed while sending"
        default: String(cString: strerror(errno)).lowercased()
        }
    }

    /// BoringSSL names a failed certificate check only in its error string (NIOSSL's
    /// `handshakeFailed(.sslError([…CERTIFICATE_VERIFY_FAILED]))`), so that is what is matched.
    static func isCertificateFailure(_ error: any Error) -> Bool {
        let description = String(describing: error)
        return description.contains("CERTIFICATE_VERIFY_FAILED")
            || description.lowercased().contains("certificate verify failed")
    }
}
