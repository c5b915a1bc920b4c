import Foundation
import TestSupport
import Testing

@testable import AWSClient
@testable import AWSSigV4

/// botocore's S3 client and ours, asked for the same GetObject and ListObjectsV2 requests: the
/// same URL (virtual-hosted or path style, every byte of the key encoded alike) and the same
/// Authorization at the same instant. Nothing is sent: botocore's request is captured before it
/// would leave the process.
@Suite(.enabled(if: Botocore.isInstalled || MotoServer.isCI, "python3 with botocore is not installed"))
struct S3BotocoreDifferentialTests {
    struct Case: Encodable {
        var op: String
        var bucket: String
        var region: String
        var endpoint: String?
        var key: String?
        var prefix: String?
        var token: String?
        var maxKeys: Int?
    }

    static let keys = [
        "Analysis/Voice/2026/03/04/c1_analysis_2026-03-04T10:15:00Z.json", "a b+c:d/é 😀.json", "x//y/../z/./w",
        "tilde~star*paren()!'quote\"%25", "Analysis/Chat/Redacted/2026/03/04/c2_analysis_redacted_2026-03-04T11:00:00.123Z.json",
    ]

    static let cases: [Case] =
        ["http://127.0.0.1:9000", nil].flatMap { endpoint in
            ["lenstail-recordings", "my.dotted.bucket", "Upper_Case"].flatMap { bucket in
                keys.map { Case(op: "get", bucket: bucket, region: "eu-west-1", endpoint: endpoint, key: $0) }
                    + [
                        Case(
                            op: "list", bucket: bucket, region: "us-east-1", endpoint: endpoint,
                            prefix: "Analysis/Voice/2026/03/04/c1_"),
                        Case(
                            op: "list", bucket: bucket, region: "ap-southeast-2", endpoint: endpoint, prefix: "a b+é/",
                            token: "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=", maxKeys: 7),
                    ]
            }
        } + [Case(op: "get", bucket: "lenstail-cn", region: "cn-north-1", key: "k.json")]

    @Test func ourRequestsAreBotocoresByteForByte() async throws {
        let output = try await Self.runBotocore(JSONEncoder().encode(Self.cases))
        let answers = output.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        try #require(answers.count == Self.cases.count, "botocore answered \(answers.count) of \(Self.cases.count): \(output)")
        for (test, answer) in zip(Self.cases, answers) {
            let theirURL = try #require(answer?["url"] as? String, "\(test)")
            let headers = try #require(answer?["headers"] as? [String: String], "\(test)")
            let addressing = S3Addressing(configuredEndpoint: test.endpoint.flatMap(URL.init(string:)))
            var request = ListObjectsV2Request(bucket: test.bucket, prefix: test.prefix, maxKeys: test.maxKeys)
            request.continuationToken = test.token
            let target = addressing.target(
                bucket: test.bucket, key: test.key, query: test.op == "get" ? [] : request.query, region: test.region)
            let ourURL = try #require(
                URL(string: AWSServiceClient.url(endpoint: target.endpoint, path: target.path).absoluteString))
            let theirs = try #require(URLComponents(string: theirURL))
            let ours = try #require(URLComponents(url: ourURL, resolvingAgainstBaseURL: false))
            #expect(ours.scheme == theirs.scheme && ours.host == theirs.host && ours.port == theirs.port, "\(test)")
            #expect(ours.percentEncodedPath == theirs.percentEncodedPath, "\(test)")
            let ourQuery = (ours.percentEncodedQuery ?? "").split(separator: "&").sorted()
            #expect(ourQuery == (theirs.percentEncodedQuery ?? "").split(separator: "&").sorted(), "\(test)")

            // Signed at botocore's instant with its headers (it adds x-amz-checksum-mode to a GetObject).
            let date = try #require(headers["X-Amz-Date"].flatMap(AmzDate.parse))
            let signer = SigV4Signer.s3(
                credentials: AWSCredentials(
                    accessKeyId: "AKIDS3DIFF", secretAccessKey: "s3-differential-secret", sessionToken: "s3-differential-token"),
                region: test.region)
            let extra = headers["x-amz-checksum-mode"].map { [HTTPHeader("x-amz-checksum-mode", $0)] } ?? []
            let added = signer.sign(method: "GET", url: ourURL, headers: extra, body: [], date: date)
            #expect(added.last?.value == headers["Authorization"], "\(test)")
            #expect(added.first { $0.name == "x-amz-content-sha256" }?.value == headers["X-Amz-Content-SHA256"])
        }
        print("FIGURE s3 requests: \(Self.cases.count) GetObject/ListObjectsV2 cases, URL and signature as botocore's")
    }

    static func runBotocore(_ input: Data) async throws -> String {
        let python = try #require(Botocore.python)
        let script = try #require(Bundle.module.url(forResource: "Fixtures/botocore_s3_requests", withExtension: "py"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path]
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_EC2_METADATA_DISABLED": "true",
        ]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        let output = try await offThePoolRead(stdout)
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    private static func offThePoolRead(_ pipe: Pipe) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                try? pipe.fileHandleForReading.close()
                continuation.resume(returning: data)
            }.start()
        }
    }
}
