import Foundation
import Testing

@testable import AWSSigV4

/// Signer behaviour beyond the fixed vectors: timestamps and caller-supplied signer-owned headers.
@Suite struct SigV4SignerTests {
    static let instants: [TimeInterval] = [
        0, -1, -86_400 * 365 - 1, 951_782_400, 951_868_799, 1_709_164_800, 1_735_689_599, 4_107_542_400, 1_715_934_615.999,
    ]

    @Test(arguments: instants)
    func amzDateMatchesGregorianUTC(_ seconds: TimeInterval) throws {
        let date = Date(timeIntervalSince1970: seconds)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let expected = String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        #expect(SigV4Signer.amzDate(date) == expected)
        #expect(AmzDate.parse(expected) == Date(timeIntervalSince1970: seconds.rounded(.down)))
    }

    @Test func amzDateParsingRejectsMalformedText() {
        for text in ["", "20240517T083015", "2024-05-17T08:30:15Z", "20241317T083015Z", "20240517T253015Z", "2024O517T083015Z"] {
            #expect(AmzDate.parse(text) == nil, "\(text)")
        }
    }

    @Test func callerSuppliedSignerHeadersAreReplacedNotSignedTwice() throws {
        let url = try #require(URL(string: "https://contact-lens.us-west-2.amazonaws.com/x"))
        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret", sessionToken: "tok"),
            region: "us-west-2", service: "connect")
        let date = Date(timeIntervalSince1970: 1_715_934_615)
        let clean = signer.sign(
            method: "POST", url: url, headers: [HTTPHeader("Content-Type", "application/json")], body: [], date: date)
        let stale = signer.sign(
            method: "POST", url: url,
            headers: [
                HTTPHeader("Content-Type", "application/json"), HTTPHeader("Host", "evil.example"),
                HTTPHeader("X-Amz-Date", "19990101T000000Z"), HTTPHeader("x-amz-security-token", "old"),
                HTTPHeader("Authorization", "old"), HTTPHeader("User-Agent", "ua"), HTTPHeader("Content-Length", "0"),
            ], body: [], date: date)
        #expect(stale == clean)
        #expect(clean.last?.value.contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,") == true)
    }

    /// AWS's own example of a signed S3 GetObject (the S3 API reference, "Signature Calculations
    /// for the Authorization Header"): GET /test.txt of examplebucket with a Range.
    @Test func signsS3GetObjectAsTheS3DocumentationDoes() throws {
        let signer = SigV4Signer.s3(
            credentials: AWSCredentials(
                accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            region: "us-east-1")
        let url = try #require(URL(string: "https://examplebucket.s3.amazonaws.com/test.txt"))
        let date = try #require(AmzDate.parse("20130524T000000Z"))
        let added = signer.sign(method: "GET", url: url, headers: [HTTPHeader("Range", "bytes=0-9")], body: [], date: date)
        #expect(added.contains(HTTPHeader("x-amz-content-sha256", SigV4Signer.payloadHash([]))))
        #expect(
            added.last?.value
                == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
    }

    /// An S3 key is its own name: `a//b/../c` is signed as sent, where other services remove the
    /// empty and dot segments.
    @Test func s3SignsTheKeyAsSentAndOtherServicesNormalise() throws {
        let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")
        let url = try #require(URL(string: "https://b.s3.us-east-1.amazonaws.com/a//b/../c%3A%20d"))
        let date = Date(timeIntervalSince1970: 1_715_934_615)
        let s3 = SigV4Signer.s3(credentials: credentials, region: "us-east-1")
        let other = SigV4Signer(credentials: credentials, region: "us-east-1", service: "connect")
        let s3Path = s3.canonicalRequest(method: "GET", url: url, headers: [], body: [], date: date).text.split(separator: "\n")[
            1]
        let otherPath = other.canonicalRequest(method: "GET", url: url, headers: [], body: [], date: date).text.split(
            separator: "\n")[1]
        #expect(s3Path == "/a//b/../c%3A%20d")
        #expect(otherPath == "/a/c%3A%20d")
    }

    @Test func hostHeaderFollowsSchemeDefaults() throws {
        let cases = [
            ("HTTPS://Contact-Lens.US-West-2.amazonaws.com/p", "contact-lens.us-west-2.amazonaws.com"),
            ("https://example.com:80/p", "example.com:80"),
            ("http://example.com:443/p", "example.com:443"),
            ("http://[::1]/p", "[::1]"),
            ("https://[fd00:ec2::254]:8443", "[fd00:ec2::254]:8443"),
        ]
        for (url, host) in cases {
            #expect(SigV4Signer.hostHeader(for: try #require(URL(string: url))) == host)
        }
    }
}
