import AWSSigV4
import Foundation
import Testing

/// The verifier's S3 variant, as the emulator's S3 checks requests: the path signed as sent
/// (an S3 key's `//` and `..` are part of its name), the payload hash taken from
/// `x-amz-content-sha256` (the body's SHA-256 or UNSIGNED-PAYLOAD), a hash that is not the
/// body's refused as S3 refuses it.
@Suite struct SigV4S3VerifierTests {
    static let date = Date(timeIntervalSince1970: 1_772_611_200)
    static let credentials = AWSCredentials(accessKeyId: "AKIDS3", secretAccessKey: "s3-secret")
    let verifier = SigV4Verifier.s3(secrets: [credentials.accessKeyId: credentials])

    struct Received {
        var method: String
        var path: String
        var query: String
        var headers: [HTTPHeader]
        var body: [UInt8]
    }

    func signed(_ method: String = "GET", url text: String, body: [UInt8] = []) throws -> Received {
        let url = try #require(URL(string: text))
        let added = SigV4Signer.s3(credentials: Self.credentials, region: "us-east-1")
            .sign(method: method, url: url, headers: [], body: body, date: Self.date)
        let components = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false))
        return Received(
            method: method, path: components.percentEncodedPath, query: components.percentEncodedQuery ?? "",
            headers: [HTTPHeader("Host", SigV4Signer.hostHeader(for: url))] + added, body: body)
    }

    func verify(_ r: Received, with verifier: SigV4Verifier? = nil) -> Result<String, SigV4VerificationError> {
        (verifier ?? self.verifier).verify(
            method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body, now: Self.date)
    }

    @Test(arguments: [
        "http://127.0.0.1:9000/bucket?list-type=2&prefix=Analysis%2FVoice%2F&encoding-type=url",
        "http://127.0.0.1:9000/bucket/Analysis//Voice/../2026/c%20%C3%A9t%C3%A9_analysis_2026-03-04T10%3A15%3A00Z.json",
    ])
    func s3RequestsVerifyWithTheirPathAsSent(_ url: String) throws {
        let request = try signed(url: url)
        #expect(verify(request) == .success("AKIDS3"))
        // The same request checked as any other service (path normalised) does not match.
        var normalising = SigV4Verifier(secrets: [Self.credentials.accessKeyId: Self.credentials], service: "s3")
        normalising.isS3 = false
        if url.contains("..") { #expect(verify(request, with: normalising) != .success("AKIDS3")) }
    }

    @Test func aPutsBodyMustBeTheOneItsHashNames() throws {
        var put = try signed("PUT", url: "http://127.0.0.1:9000/bucket/k.json", body: Array("{\"a\":1}".utf8))
        #expect(verify(put) == .success("AKIDS3"))
        put.body = Array("{\"a\":2}".utf8)
        guard case .failure(.payloadHashMismatch) = verify(put) else {
            Issue.record("a changed body was not refused for its hash")
            return
        }
        put.headers.removeAll { $0.name.lowercased() == "x-amz-content-sha256" }
        #expect(verify(put) == .failure(.missingPayloadHash))
        #expect(SigV4VerificationError.missingPayloadHash.code == "InvalidRequest")
    }

    @Test func anUnsignedPayloadIsSignedAsThatWord() throws {
        let url = try #require(URL(string: "http://127.0.0.1:9000/bucket/k.json"))
        let signer = SigV4Signer.s3(credentials: Self.credentials, region: "us-east-1")
        let headers = [
            HTTPHeader("host", "127.0.0.1:9000"), HTTPHeader("x-amz-content-sha256", SigV4Verifier.unsignedPayload),
            HTTPHeader("x-amz-date", SigV4Signer.amzDate(Self.date)),
        ]
        let canonical = SigV4Signer.canonicalRequest(
            method: "PUT", percentEncodedPath: "/bucket/k.json", percentEncodedQuery: "", signedHeaders: headers,
            payloadHash: SigV4Verifier.unsignedPayload, normalizesPath: false)
        let signature = signer.signature(
            stringToSign: signer.stringToSign(canonicalRequest: canonical.text, date: Self.date), date: Self.date)
        let authorization = signer.authorization(signedHeaders: canonical.signedHeaders, signature: signature, date: Self.date)
        let request = Received(
            method: "PUT", path: url.path, query: "", headers: headers + [HTTPHeader("Authorization", authorization)],
            body: Array("any body at all".utf8))
        #expect(verify(request) == .success("AKIDS3"))
    }
}
