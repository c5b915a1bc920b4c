import ContactLensModel
import FoundationEssentials
import LensBasics

/// An error response from the service (or its auth layer), parsed as botocore's rest-json parser does.
package struct ServiceError: Error, Sendable, Hashable {
    /// The error code, e.g. `ThrottlingException`; the HTTP status as text when none was given.
    package var code: String
    package var message: String
    package var httpStatus: Int
    package var requestId: String?
    /// From `x-amz-retry-after` (ms) or `Retry-After` (s), when the server asked for a pause.
    package var retryAfter: Duration?

    package init(code: String, message: String, httpStatus: Int, requestId: String? = nil, retryAfter: Duration? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.requestId = requestId
        self.retryAfter = retryAfter
    }

    /// Parses an error response. `header` looks a header up case-insensitively.
    package init(status: Int, header: (String) -> String?, body: [UInt8]) {
        let json = (try? JSONValue.parse(body))?.members
        let rawCode =
            header("x-amzn-ErrorType")
            ?? json?["code"]?.string ?? json?["Code"]?.string
            ?? json?["__type"]?.string
        self.code = rawCode.map(Self.sanitize) ?? String(status)
        if let json {
            self.message = json["message"]?.string ?? json["Message"]?.string ?? ""
            self.requestId = header("x-amzn-RequestId")
        } else {
            // A body that is not JSON (an empty 503, a proxy's HTML page): use the reason phrase.
            self.message = HTTPStatusText.reason(for: status)
            self.requestId = nil
        }
        self.httpStatus = status
        self.retryAfter = Self.retryAfter(header: header)
    }

    /// Keeps the text before the first ":" and after the last "#".
    static func sanitize(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return String(code).trimmed()
    }

    static func retryAfter(header: (String) -> String?) -> Duration? {
        if let millis = header("x-amz-retry-after").flatMap(Int.init), millis >= 0 {
            return .milliseconds(millis)
        }
        if let seconds = header("Retry-After").flatMap(Double.init), seconds >= 0, seconds.isFinite {
            return .milliseconds(Int(saturating: seconds * 1000))
        }
        return nil
    }
}

extension ServiceError {
    /// Codes AWS's standard retry mode treats as throttling.
    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException",
        "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded",
        "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    ]
    static let transientCodes: Set<String> = ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"]
    static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    package var isThrottling: Bool { Self.throttlingCodes.contains(code) }

    /// True when AWS's standard retry mode would try again (a bare 429 without a code is not).
    package var isRetryable: Bool {
        isThrottling || Self.transientCodes.contains(code) || Self.transientStatuses.contains(httpStatus)
    }
}

/// Reason phrases for the statuses a proxy or load balancer may answer with.
enum HTTPStatusText {
    static func reason(for status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 408: "Request Timeout"
        case 413: "Payload Too Large"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "HTTP \(status)"
        }
    }
}
