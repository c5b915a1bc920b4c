import AWSSigV4
import FoundationEssentials

/// An S3 error as S3 answers it: an HTTP status and `<Error><Code>…</Code><Message>…</Message>…`
/// (a HEAD's answer has no body, only the status).
struct S3Error: Error, Sendable, Hashable {
    var status: Int
    var code: String
    var message: String
    /// Further members of `<Error>` (`BucketName`, `Key`, `Region`…), in order.
    var details: [String: String] = [:]
    var headers: [HTTPHeader] = []

    static func noSuchBucket(_ name: String) -> S3Error {
        S3Error(status: 404, code: "NoSuchBucket", message: "The specified bucket does not exist", details: ["BucketName": name])
    }

    static func noSuchKey(_ key: String) -> S3Error {
        S3Error(status: 404, code: "NoSuchKey", message: "The specified key does not exist.", details: ["Key": key])
    }

    static let accessDenied = S3Error(status: 403, code: "AccessDenied", message: "Access Denied")

    static func wrongRegion(asked: String, actual: String) -> S3Error {
        S3Error(
            status: 400, code: "AuthorizationHeaderMalformed",
            message: "The authorization header is malformed; the region '\(asked)' is wrong; expecting '\(actual)'",
            details: ["Region": actual], headers: [HTTPHeader("x-amz-bucket-region", actual)])
    }

    static func methodNotAllowed(_ method: String) -> S3Error {
        S3Error(
            status: 405, code: "MethodNotAllowed", message: "The specified method is not allowed against this resource.",
            details: ["Method": method, "ResourceType": "OBJECT"])
    }

    static func notImplemented(_ message: String) -> S3Error { S3Error(status: 501, code: "NotImplemented", message: message) }

    static func invalidArgument(_ message: String) -> S3Error { S3Error(status: 400, code: "InvalidArgument", message: message) }

    static func invalidRange(_ size: Int) -> S3Error {
        S3Error(
            status: 416, code: "InvalidRange", message: "The requested range is not satisfiable",
            details: ["ActualObjectSize": String(size)])
    }

    func response(requestId: String, head: Bool) -> SimulatorResponse {
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><Error><Code>\#(S3XML.escape(code))</Code>"#
        xml += "<Message>\(S3XML.escape(message))</Message>"
        for (name, value) in details.sorted(by: { $0.key < $1.key }) { xml += "<\(name)>\(S3XML.escape(value))</\(name)>" }
        xml += "<RequestId>\(requestId)</RequestId></Error>"
        return SimulatorResponse(
            status: status, headers: [HTTPHeader("Content-Type", "application/xml")] + headers, body: head ? [] : Array(xml.utf8))
    }
}

extension S3Error {
    /// S3's answers to a refused signature.
    init(verification error: SigV4VerificationError, now: Date) {
        switch error {
        case .missingAuthentication:
            self.init(status: 403, code: "AccessDenied", message: "Access Denied")
        case .incompleteSignature(let detail):
            self.init(status: 400, code: "AuthorizationHeaderMalformed", message: detail)
        case .unknownAccessKey:
            self.init(
                status: 403, code: "InvalidAccessKeyId",
                message: "The AWS Access Key Id you provided does not exist in our records.")
        case .invalidToken:
            self.init(status: 400, code: "InvalidToken", message: "The provided token is malformed or otherwise invalid.")
        case .signatureMismatch:
            self.init(
                status: 403, code: "SignatureDoesNotMatch",
                message: "The request signature we calculated does not match the signature you provided. "
                    + "Check your key and signing method.")
        case .expired(let requestDate, let now, _):
            self.init(
                status: 403, code: "RequestTimeTooSkewed",
                message: "The difference between the request time and the current time is too large.",
                details: ["RequestTime": SigV4Signer.amzDate(requestDate), "ServerTime": SigV4Signer.amzDate(now)])
        case .missingPayloadHash:
            self.init(status: 400, code: "InvalidRequest", message: error.message)
        case .payloadHashMismatch(let claimed, let computed):
            self.init(
                status: 400, code: "XAmzContentSHA256Mismatch", message: error.message,
                details: ["ClientComputedContentSHA256": claimed, "S3ComputedContentSHA256": computed])
        }
    }
}
