// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (fixture types mirror the JSON of the test vectors, snake_case keys and all)
import AWSSigV4
import Foundation
import Testing

/// The 24 Contact Lens vectors generated with botocore's SigV4Auth (Fixtures/connect_vectors.json).
@Suite struct ConnectVectorsTests {
    struct File: Decodable { var vectors: [Vector] }
    struct Vector: Decodable, CustomTestStringConvertible {
        var id, method, url, body, access_key, secret_key, region, service, amz_date: String
        var body_utf8_hex: String
        var headers: [String: String]
        var session_token: String?
        var expected: Expected
        var testDescription: String { id }
    }
    struct Expected: Decodable {
        var host_header, payload_hash, canonical_request, string_to_sign, signing_key_hex: String
        var signed_headers, signature, authorization: String
        var headers_after_signing: [String: String]
    }

    static let vectors: [Vector] =
        (try? JSONDecoder().decode(File.self, from: Fixtures.data("connect_vectors.json")).vectors) ?? []

    @Test func allVectorsLoad() {
        #expect(Self.vectors.count == 24)
    }

    @Test(arguments: vectors)
    func vector(_ v: Vector) throws {
        let url = try #require(URL(string: v.url))
        let date = try #require(Self.date(v.amz_date))
        let body = Array(v.body.utf8)
        #expect(Self.hex(body) == v.body_utf8_hex)
        let headers = v.headers.map { HTTPHeader($0.key, $0.value) }
        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyId: v.access_key, secretAccessKey: v.secret_key, sessionToken: v.session_token),
            region: v.region, service: v.service)

        #expect(SigV4Signer.amzDate(date) == v.amz_date)
        #expect(SigV4Signer.hostHeader(for: url) == v.expected.host_header)
        #expect(SigV4Signer.payloadHash(body) == v.expected.payload_hash)
        let canonical = signer.canonicalRequest(method: v.method, url: url, headers: headers, body: body, date: date)
        #expect(canonical.text == v.expected.canonical_request)
        #expect(canonical.signedHeaders == v.expected.signed_headers)
        let stringToSign = signer.stringToSign(canonicalRequest: canonical.text, date: date)
        #expect(stringToSign == v.expected.string_to_sign)
        #expect(Self.hex(signer.signingKey(date: date)) == v.expected.signing_key_hex)
        #expect(signer.signature(stringToSign: stringToSign, date: date) == v.expected.signature)

        let added = signer.sign(method: v.method, url: url, headers: headers, body: body, date: date)
        let expectedOrder = ["X-Amz-Date"] + (v.session_token == nil ? [] : ["X-Amz-Security-Token"]) + ["Authorization"]
        #expect(added.map(\.name) == expectedOrder)
        #expect(added.last?.value == v.expected.authorization)
        var after = v.headers
        for header in added { after[header.name] = header.value }
        #expect(after == v.expected.headers_after_signing)
    }

    /// Independent of the signer's own formatter: Gregorian calendar in UTC.
    static func date(_ amzDate: String) -> Date? {
        let d = Array(amzDate)
        func n(_ r: Range<Int>) -> Int? { Int(String(d[r])) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(
                year: n(0..<4), month: n(4..<6), day: n(6..<8), hour: n(9..<11), minute: n(11..<13), second: n(13..<15)))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
