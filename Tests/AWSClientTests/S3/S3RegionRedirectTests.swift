import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// A bucket in another region, against a small loopback S3 of the test's own (moto's S3 answers
/// any region, so it cannot redirect): S3's 301 PermanentRedirect names the bucket's region in
/// `x-amz-bucket-region`, or a 400 AuthorizationHeaderMalformed in `<Region>`. The client asks
/// once more, signed for that region, on that region's endpoint; it never follows `Location`,
/// never a second time, never to a region that is not a DNS label.
@Suite struct S3RegionRedirectTests {
    static let listing = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>Analysis/</Prefix>\
        <KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>\
        <Contents><Key>Analysis/Voice/k.json</Key><Size>2</Size></Contents></ListBucketResult>
        """

    static func permanentRedirect(region: String) -> StubHTTPServer.Response {
        StubHTTPServer.Response(
            status: 301,
            headers: [
                ("x-amz-bucket-region", region), ("Location", "http://127.0.0.2:9/elsewhere"),
                ("Content-Type", "application/xml"),
            ],
            body: "<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed "
                + "using the specified endpoint.</Message><Endpoint>b.s3.\(region).amazonaws.com</Endpoint><Bucket>b</Bucket></Error>"
        )
    }

    /// The region a request was signed for, from its Authorization's credential scope.
    static func signedRegion(_ request: StubHTTPServer.Request) -> String? {
        guard let scope = request.header("Authorization")?.split(separator: "Credential=").last?.split(separator: ",").first
        else {
            return nil
        }
        let parts = scope.split(separator: "/")
        return parts.count == 5 ? String(parts[2]) : nil
    }

    func client(_ server: StubHTTPServer) -> S3Client {
        S3Client(
            region: "us-east-1", configuredEndpoint: URL(string: server.url)!,
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDS3", secretAccessKey: "secret")),
            retry: RetryPolicy(maxAttempts: 1))
    }

    @Test func aPermanentRedirectIsAskedOnceMoreSignedForTheBucketsRegion() async throws {
        let server = try StubHTTPServer { request in
            Self.signedRegion(request) == "eu-west-1"
                ? StubHTTPServer.Response(status: 200, headers: [("Content-Type", "application/xml")], body: Self.listing)
                : Self.permanentRedirect(region: "eu-west-1")
        }
        defer { server.stop() }
        let keys = try await client(server).listObjects(bucket: "b", prefix: "Analysis/")
        #expect(keys.map(\.key) == ["Analysis/Voice/k.json"])
        #expect(server.requests.map(Self.signedRegion) == ["us-east-1", "eu-west-1"])
        #expect(
            server.requests.allSatisfy { $0.path == "/b" && $0.header("x-amz-content-sha256") == SigV4Signer.payloadHash([]) })
    }

    @Test func aWrongSigningRegionNamedInTheErrorIsFollowedToo() async throws {
        let server = try StubHTTPServer { request in
            if Self.signedRegion(request) == "ap-south-1" { return StubHTTPServer.Response(status: 200, body: "{\"a\":1}") }
            return StubHTTPServer.Response(
                status: 400,
                body: "<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; "
                    + "the region 'us-east-1' is wrong; expecting 'ap-south-1'</Message><Region>ap-south-1</Region></Error>")
        }
        defer { server.stop() }
        let object = try await client(server).getObject(bucket: "b", key: "Analysis/Voice/k.json", maxBytes: 1024)
        #expect(object.bytes == Array("{\"a\":1}".utf8))
        #expect(server.requests.map(Self.signedRegion) == ["us-east-1", "ap-south-1"])
        #expect(server.requests.map(\.path) == ["/b/Analysis/Voice/k.json", "/b/Analysis/Voice/k.json"])
    }

    @Test func neverASecondTimeNorToARegionThatIsNotADNSLabel() async throws {
        let always = try StubHTTPServer { request in
            Self.permanentRedirect(region: Self.signedRegion(request) == "eu-west-1" ? "eu-central-1" : "eu-west-1")
        }
        defer { always.stop() }
        let twice = await #expect(throws: ClientError.self) { try await client(always).listObjects(bucket: "b", prefix: nil) }
        #expect(always.requests.map(Self.signedRegion) == ["us-east-1", "eu-west-1"])
        #expect(
            twice?.s3Advice(.listObjectsV2, bucket: "b", credentialSource: nil).hasPrefix(
                "the bucket b is in another region than the one asked: ") == true)

        let hostile = try StubHTTPServer { _ in Self.permanentRedirect(region: "evil.example.com/x") }
        defer { hostile.stop() }
        await #expect(throws: ClientError.self) { try await client(hostile).listObjects(bucket: "b", prefix: nil) }
        #expect(hostile.requests.count == 1)
    }

    @Test func onAWSTheOtherRegionIsThatRegionsOwnEndpoint() {
        let aws = S3Addressing(configuredEndpoint: nil)
        let virtual = aws.target(bucket: "lenstail-recordings", key: "a b/c:d.json", query: [], region: "eu-west-1")
        #expect(virtual.endpoint.absoluteString == "https://lenstail-recordings.s3.eu-west-1.amazonaws.com")
        #expect(virtual.path == "/a%20b/c%3Ad.json")
        let dotted = aws.target(bucket: "my.bucket", key: nil, query: [("list-type", "2")], region: "cn-north-1")
        #expect(dotted.endpoint.absoluteString == "https://s3.cn-north-1.amazonaws.com.cn")
        #expect(dotted.path == "/my.bucket?list-type=2")
        let redirect = HTTPResponse(status: 301, headers: [HTTPHeader("x-amz-bucket-region", "us-west-2")])
        #expect(S3Client.bucketRegion(in: redirect) == "us-west-2")
        for region in ["", "-x", "x-", "123", "a.b", "a/b", String(repeating: "a", count: 64)] {
            #expect(!S3Addressing.isValidRegion(region), "\(region)")
        }
    }

    /// A body without a Content-Length is cut off once it grows past the cap: the server here
    /// then stalls for a minute, so reading it whole would end in a timeout, not this refusal.
    @Test func aChunkedBodyThatGrowsPastTheCapIsCutOff() async throws {
        let chunk = String(repeating: "x", count: 64 << 10)
        let chunked = String(64 << 10, radix: 16) + "\r\n" + chunk + "\r\n"
        let server = try ScriptedServer(
            script: [.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")]
                + Array(repeating: .send(chunked), count: 40) + [.pause(.seconds(60)), .close])
        defer { server.stop() }
        let s3 = S3Client(
            region: "us-east-1", configuredEndpoint: URL(string: "http://127.0.0.1:\(server.port)")!,
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDS3", secretAccessKey: "secret")),
            retry: RetryPolicy(maxAttempts: 1))
        await #expect(throws: ClientError.tooLarge(limit: 1 << 20, declared: nil)) {
            try await s3.getObject(bucket: "b", key: "big.json", maxBytes: 1 << 20)
        }
    }

    @Test func aBusyS3IsAskedAgainUnderTheRetryPolicy() async throws {
        let answered = LockedCounter()
        let server = try StubHTTPServer { _ in
            answered.withLock { count in
                count += 1
                return count == 1
                    ? StubHTTPServer.Response(
                        status: 503, body: "<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>")
                    : StubHTTPServer.Response(status: 200, body: Self.listing)
            }
        }
        defer { server.stop() }
        var s3 = client(server)
        s3.retry = RetryPolicy(maxAttempts: 3, base: .milliseconds(10))
        #expect(try await s3.listObjects(bucket: "b", prefix: nil).count == 1)
        #expect(server.requests.count == 2)
    }
}

/// A counter the stub's handler threads share.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func withLock<T>(_ body: (inout Int) -> T) -> T { lock.withLock { body(&count) } }
}
