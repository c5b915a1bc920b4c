import AWSSigV4
import FoundationEssentials

/// STS GetCallerIdentity at the emulator's own endpoint (the query protocol: a form-encoded POST
/// to `/`, signed for `sts`, answered in XML), so `lenstail check --endpoint-url` and
/// `aws sts get-caller-identity --endpoint-url` work against it. The demo key is a supervisor's
/// role session whose name is their Connect username; any other accepted key an IAM user.
extension ConnectOperations {
    func stsAnswer(_ request: IncomingRequest, at now: Date) -> Outcome {
        let requestId = UUID().uuidString.lowercased()
        let key: String
        switch stsVerifier.verify(
            method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body,
            now: now)
        {
        case .success(let verified): key = verified
        case .failure(let error):
            let (status, code) = Self.stsCode(error)
            return Self.stsError(status: status, code: code, message: error.message, requestId: requestId)
        }
        let form = ConnectFloorHandler.query(
            String(decoding: request.body, as: UTF8.self).replacing("+", with: "%20"))
        guard form["Action"] == "GetCallerIdentity" else {
            let action = form["Action"].map { "operation \($0.prefix(64))" } ?? "an Action"
            return Self.stsError(
                status: 400, code: "InvalidAction", message: "Could not find \(action) for version 2011-06-15 in this emulator",
                requestId: requestId)
        }
        guard form["Version"] == "2011-06-15" else {
            return Self.stsError(
                status: 400, code: "InvalidAction", message: "Version must be 2011-06-15", requestId: requestId)
        }
        let (arn, userId) =
            key == DemoIdentity.accessKeyId
            ? (DemoIdentity.callerArn, DemoIdentity.callerUserId)
            : ("arn:aws:iam::\(DemoIdentity.account):user/\(key.lowercased())", "AIDA\(key.suffix(12))")
        let xml = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>\(S3XML.escape(arn))</Arn>
                <UserId>\(S3XML.escape(userId))</UserId>
                <Account>\(DemoIdentity.account)</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata>
                <RequestId>\(requestId)</RequestId>
              </ResponseMetadata>
            </GetCallerIdentityResponse>

            """
        return Outcome(
            response: SimulatorResponse(status: 200, headers: [HTTPHeader("Content-Type", "text/xml")], body: Array(xml.utf8)))
    }

    /// STS's codes for a refused signature (the query protocol's names, not rest-json's).
    static func stsCode(_ error: SigV4VerificationError) -> (Int, String) {
        switch error {
        case .missingAuthentication: (403, "MissingAuthenticationToken")
        case .incompleteSignature: (400, "IncompleteSignature")
        case .unknownAccessKey, .invalidToken: (403, "InvalidClientTokenId")
        case .signatureMismatch, .expired: (403, "SignatureDoesNotMatch")
        case .missingPayloadHash, .payloadHashMismatch: (400, "InvalidRequest")
        }
    }

    static func stsError(status: Int, code: String, message: String, requestId: String) -> Outcome {
        let xml = """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error>
                <Type>Sender</Type>
                <Code>\(S3XML.escape(code))</Code>
                <Message>\(S3XML.escape(message))</Message>
              </Error>
              <RequestId>\(requestId)</RequestId>
            </ErrorResponse>

            """
        var outcome = Outcome(
            response: SimulatorResponse(status: status, headers: [HTTPHeader("Content-Type", "text/xml")], body: Array(xml.utf8)))
        outcome.record.errorCode = code
        return outcome
    }
}
