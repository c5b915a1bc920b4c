import Foundation

extension ServiceError {
    /// Parses an error response of the query protocol (STS):
    /// `<ErrorResponse><Error><Code>…</Code><Message>…</Message></Error><RequestId>…</RequestId>`.
    /// A body that is not such XML (an empty 503, a proxy's page) gets the status as its code
    /// and the reason phrase as its message, as botocore does.
    package init(queryStatus status: Int, header: (String) -> String?, body: [UInt8]) {
        let xml = XMLFields(body)
        let code = xml?["Error/Code"].flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            code: code.map(Self.sanitize) ?? String(status),
            message: code == nil ? HTTPStatusText.reason(for: status) : xml?["Error/Message"] ?? "",
            httpStatus: status,
            requestId: xml?["RequestId"] ?? header("x-amzn-RequestId"),
            retryAfter: Self.retryAfter(header: header))
    }

    /// Any error response, JSON (rest-json, JSON 1.1) or XML (query).
    static func parsing(_ response: HTTPResponse) -> ServiceError {
        if let xml = XMLFields(response.body), xml.root == "ErrorResponse" {
            return ServiceError(queryStatus: response.status, header: response.header, body: response.body)
        }
        return ServiceError(status: response.status, header: response.header, body: response.body)
    }

    /// Codes that say the credentials have expired, so new ones may succeed: the SDKs' list
    /// (aws-sdk-go's credsExpiredCodes). botocore has none: it only refreshes ahead of expiry.
    static let expiredCredentialCodes: Set<String> = ["ExpiredToken", "ExpiredTokenException", "RequestExpired"]

    /// True when the service refused the credentials as expired.
    package var isExpiredCredentials: Bool { Self.expiredCredentialCodes.contains(code) }
}
