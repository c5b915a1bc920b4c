// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (fixture types mirror the JSON of the test vectors, snake_case keys and all)
import AWSSigV4
import Foundation
import Testing

/// AWS's SigV4 header-signing test suite (aws-c-auth, Apache-2.0; see Fixtures/aws-signing-test-suite-v4/LICENSE.aws-c-auth).
/// Every case but post-sts-header-after (token added AFTER signing, for other services), which is
/// deliberately left out: this signer always signs X-Amz-Security-Token. The "normalize": false and
/// "sign_body": true cases are S3's way (`SigV4Signer.s3`): the path signed as sent, the payload
/// hash sent and signed in x-amz-content-sha256.
@Suite struct AWSSuiteTests {
    struct Context: Decodable {
        struct Credentials: Decodable {
            var access_key_id: String
            var secret_access_key: String
            var token: String?
        }
        var credentials: Credentials
        var region: String
        var service: String
        var timestamp: String
        var normalize: Bool
        var sign_body: Bool
    }

    @Test func allApplicableCasesArePresent() {
        #expect(Fixtures.suiteCases.count == 37)
        #expect(Fixtures.suiteCases.filter { $0.hasSuffix("-unnormalized") }.count == 7)
        #expect(!Fixtures.suiteCases.contains("post-sts-header-after"))
    }

    @Test(arguments: Fixtures.suiteCases)
    func headerSigning(_ name: String) throws {
        let dir = "aws-signing-test-suite-v4/" + name + "/"
        let context = try JSONDecoder().decode(Context.self, from: Fixtures.data(dir + "context.json"))
        let request = try RawHTTPRequest(parsing: Fixtures.text(dir + "request.txt"))
        let url = try #require(request.url())
        let date = try Date(context.timestamp, strategy: .iso8601)
        let signer = SigV4Signer(
            credentials: AWSCredentials(
                accessKeyId: context.credentials.access_key_id,
                secretAccessKey: context.credentials.secret_access_key, sessionToken: context.credentials.token),
            region: context.region, service: context.service, normalizesPath: context.normalize,
            signsPayloadHash: context.sign_body)
        // Host comes from the URL; the suite's Host line must agree with it.
        let host = try #require(request.headers.first { $0.name.lowercased() == "host" })
        #expect(SigV4Signer.hostHeader(for: url) == host.value)
        let headers = request.headers.filter { $0.name.lowercased() != "host" }

        let canonical = signer.canonicalRequest(
            method: request.method, url: url, headers: headers, body: request.body, date: date)
        #expect(canonical.text == (try Fixtures.text(dir + "header-canonical-request.txt")))
        let stringToSign = signer.stringToSign(canonicalRequest: canonical.text, date: date)
        #expect(stringToSign == (try Fixtures.text(dir + "header-string-to-sign.txt")))
        #expect(signer.signature(stringToSign: stringToSign, date: date) == (try Fixtures.text(dir + "header-signature.txt")))

        let added = signer.sign(method: request.method, url: url, headers: headers, body: request.body, date: date)
        let signedRequest = try Fixtures.text(dir + "header-signed-request.txt")
        for header in added {
            #expect(signedRequest.contains("\n" + header.name + ":" + header.value + "\n"), "\(header.name)")
        }
    }
}
