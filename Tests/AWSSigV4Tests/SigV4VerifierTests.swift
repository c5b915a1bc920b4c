import AWSSigV4
import Foundation
import Testing

@Suite struct SigV4VerifierTests {
    static let date = Date(timeIntervalSince1970: 1_715_934_615)  // 2024-05-17T08:30:15Z
    static let plain = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let temporary = AWSCredentials(
        accessKeyId: "ASIAEXAMPLE", secretAccessKey: "Zx9+/aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        sessionToken: "TOKEN/with+chars==")
    let verifier = SigV4Verifier(secrets: [plain.accessKeyId: plain, temporary.accessKeyId: temporary], service: "connect")
    let body = Array(#"{"InstanceId":"i","ContactId":"c"}"#.utf8)

    /// What the server receives: raw path and query, the caller's headers, Host, the signer's headers.
    struct Received {
        var method = "POST"
        var path: String
        var query: String
        var headers: [HTTPHeader]
        var body: [UInt8]
    }

    func signed(
        _ credentials: AWSCredentials = plain,
        url: String = "https://contact-lens.us-west-2.amazonaws.com/realtime-contact-analysis/analysis-segments",
        service: String = "connect", date: Date = date
    ) throws -> Received {
        let url = try #require(URL(string: url))
        let signer = SigV4Signer(credentials: credentials, region: "us-west-2", service: service)
        let headers = [HTTPHeader("Content-Type", "application/json")]
        let added = signer.sign(method: "POST", url: url, headers: headers, body: body, date: date)
        let components = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false))
        return Received(
            path: components.percentEncodedPath, query: components.percentEncodedQuery ?? "",
            headers: headers + [HTTPHeader("Host", SigV4Signer.hostHeader(for: url))] + added, body: body)
    }

    func verify(_ r: Received, now: Date = date) -> Result<String, SigV4VerificationError> {
        verifier.verify(method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body, now: now)
    }

    @Test func signedRequestVerifies() throws {
        #expect(verify(try signed()) == .success("AKIDEXAMPLE"))
        #expect(verify(try signed(Self.temporary)) == .success("ASIAEXAMPLE"))
    }

    @Test(arguments: [
        "https://contact-lens.us-west-2.amazonaws.com/realtime-contact-analysis/analysis-segments",
        "http://127.0.0.1:8123/proxy/realtime-contact-analysis/analysis-segments",
        "http://[::1]:8123/a%20b/caf%C3%A9/x~y",
        "http://localhost:8123/search/?b=2&a=1&a=0&empty=&q=caf%C3%A9",
    ])
    func roundTripOverPaths(_ url: String) throws {
        #expect(verify(try signed(url: url)) == .success("AKIDEXAMPLE"))
    }

    @Test func headersAddedAfterSigningDoNotBreakIt() throws {
        var r = try signed()
        r.headers += [
            HTTPHeader("User-Agent", "lenstail/1.0"), HTTPHeader("Content-Length", "\(body.count)"),
            HTTPHeader("amz-sdk-request", "attempt=2"),
        ]
        #expect(verify(r) == .success("AKIDEXAMPLE"))
    }

    @Test func wrongSecretIsASignatureMismatch() throws {
        let wrong = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "not-the-secret")
        let result = verify(try signed(wrong))
        #expect(result == .failure(.signatureMismatch))
        #expect(result.error?.code == "InvalidSignatureException")
        #expect(result.error?.message.hasPrefix("The request signature we calculated does not match") == true)
    }

    @Test func tamperedBodyIsASignatureMismatch() throws {
        var r = try signed()
        r.body = Array(#"{"InstanceId":"i","ContactId":"other"}"#.utf8)
        #expect(verify(r) == .failure(.signatureMismatch))
    }

    @Test func tamperedSignedHeaderIsASignatureMismatch() throws {
        var r = try signed()
        let i = try #require(r.headers.firstIndex { $0.name == "Content-Type" })
        r.headers[i].value = "text/plain"
        #expect(verify(r) == .failure(.signatureMismatch))
    }

    @Test func otherPathOrServiceIsASignatureMismatch() throws {
        var r = try signed()
        r.path = "/realtime-contact-analysis/other"
        #expect(verify(r) == .failure(.signatureMismatch))
        #expect(verify(try signed(service: "s3")) == .failure(.signatureMismatch))
    }

    @Test func unknownAccessKeyIsUnrecognized() throws {
        let stranger = AWSCredentials(accessKeyId: "AKIDSTRANGER", secretAccessKey: "x")
        let result = verify(try signed(stranger))
        #expect(result == .failure(.unknownAccessKey))
        #expect(result.error?.code == "UnrecognizedClientException")
        #expect(result.error?.message == "The security token included in the request is invalid.")
    }

    @Test func missingAuthorizationIsMissingAuthentication() throws {
        var r = try signed()
        r.headers.removeAll { $0.name == "Authorization" }
        let result = verify(r)
        #expect(result == .failure(.missingAuthentication))
        #expect(result.error?.code == "MissingAuthenticationTokenException")
    }

    @Test func dateTenMinutesOffIsExpired() throws {
        for offset in [600.0, -600.0] {
            let now = Self.date.addingTimeInterval(offset)
            let result = verify(try signed(), now: now)
            #expect(result == .failure(.expired(requestDate: Self.date, now: now, window: 300)))
            #expect(result.error?.code == "InvalidSignatureException")
        }
        // AWS's wording, which SDKs read to tell a clock that is off.
        #expect(
            verify(try signed(), now: Self.date.addingTimeInterval(600)).error?.message
                == "Signature expired: 20240517T083015Z is now earlier than 20240517T083515Z (20240517T084015Z - 5 min.)")
        #expect(
            verify(try signed(), now: Self.date.addingTimeInterval(-600)).error?.message
                == "Signature not yet current: 20240517T083015Z is still later than 20240517T082515Z (20240517T082015Z + 5 min.)")
        #expect(verify(try signed(), now: Self.date.addingTimeInterval(299)) == .success("AKIDEXAMPLE"))
    }

    @Test func missingOrWrongRequiredTokenIsInvalid() throws {
        let withoutToken = AWSCredentials(
            accessKeyId: Self.temporary.accessKeyId, secretAccessKey: Self.temporary.secretAccessKey)
        let result = verify(try signed(withoutToken))
        #expect(result == .failure(.invalidToken))
        #expect(result.error?.code == "UnrecognizedClientException")
        let wrongToken = AWSCredentials(
            accessKeyId: Self.temporary.accessKeyId, secretAccessKey: Self.temporary.secretAccessKey, sessionToken: "other")
        #expect(verify(try signed(wrongToken)) == .failure(.invalidToken))
    }

    @Test func malformedRequestsAreIncompleteSignatures() throws {
        var noDate = try signed()
        noDate.headers.removeAll { $0.name == "X-Amz-Date" }
        var noSignedHeader = try signed()
        noSignedHeader.headers.removeAll { $0.name == "Content-Type" }
        var garbled = try signed()
        garbled.headers[garbled.headers.count - 1].value =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240517/us-west-2/connect/aws4_request"
        for r in [noDate, noSignedHeader, garbled] {
            let result = verify(r)
            guard case .failure(.incompleteSignature(let message)) = result else {
                Issue.record("expected incompleteSignature, got \(result)")
                continue
            }
            #expect(!message.isEmpty)
            #expect(result.error?.code == "IncompleteSignatureException")
        }
    }
}

extension Result {
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
