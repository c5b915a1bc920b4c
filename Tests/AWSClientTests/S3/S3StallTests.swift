import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// An S3 that stops sending in the middle of a body: the read ends at the transport's timeout with
/// one line that names the object, never a hang.
@Suite struct S3StallTests {
    @Test func aBodyThatStallsMidwayEndsAtTheTimeoutInOneLine() async throws {
        let server = try ScriptedServer(
            script: [
                .send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"),
                .send("{\"Version\": \"1.1.0\", \"Transcript\": ["), .pause(.seconds(60)), .close,
            ])
        defer { server.stop() }
        let s3 = S3Client(
            region: "us-east-1", configuredEndpoint: URL(string: "http://127.0.0.1:\(server.port)")!,
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDS3", secretAccessKey: "secret")),
            transport: AWSTransport(timeout: .seconds(2)), retry: RetryPolicy(maxAttempts: 1))
        let start = ContinuousClock.now
        var failure: ClientError?
        do { _ = try await s3.getObject(bucket: "b", key: "Analysis/Voice/c.json", maxBytes: 1 << 20) } catch {
            failure = error
        }
        let waited = ContinuousClock.now - start
        let line = failure?.s3Advice(.getObject, bucket: "b", key: "Analysis/Voice/c.json", credentialSource: nil) ?? "read"
        #expect(failure != nil && waited < .seconds(30), "\(waited)")
        #expect(line.contains("s3://b/Analysis/Voice/c.json") && !line.contains("\n"), "\(line)")
        print("FIGURE s3-stall: the read ended after \(waited) (timeout 2 s): \(line)")
    }
}
