import FoundationEssentials

extension ServiceError {
    /// Parses an error response of the query protocol (STS),
    /// `<ErrorResponse><Error><Code>…</Code><Message>…</Message></Error><RequestId>…</RequestId>`,
    /// or of rest-xml (S3), `<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId>…`.
    /// A body that is not such XML (an empty 503, a HEAD's empty answer, a proxy's page) gets the
    /// status as its code and the reason phrase as its message, as botocore does.
    package init(queryStatus status: Int, header: (String) -> String?, body: [UInt8]) {
        let xml = try? XMLReader.parse(body)
        let error = xml?.localName == "Error" ? xml : xml?.child("Error")
        let code = error?["Code"].flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            code: code.map(Self.sanitize) ?? String(status),
            message: code == nil ? HTTPStatusText.reason(for: status) : error?["Message"] ?? "",
            httpStatus: status,
            requestId: xml?["RequestId"] ?? header("x-amzn-RequestId") ?? header("x-amz-request-id"),
            retryAfter: Self.retryAfter(header: header))
    }

    /// Any error response, JSON (rest-json, JSON 1.1) or XML (query, rest-xml).
    static func parsing(_ response: HTTPResponse) -> ServiceError {
        if let xml = try? XMLReader.parse(response.body), xml.localName == "ErrorResponse" || xml.localName == "Error" {
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
