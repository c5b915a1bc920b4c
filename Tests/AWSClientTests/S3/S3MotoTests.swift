import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// Our S3 client against moto's S3 on loopback (path style, as any `--endpoint-url`), with every
/// object put there by the AWS CLI: listings paged by ContinuationToken and compared with the
/// CLI's own, objects read byte for byte, a missing bucket and key, an object over the cap.
@Suite(
    .serialized, .motoServer,
    .enabled(
        if: (MotoServer.installedPath != nil && S3CLI.path != nil) || MotoServer.isCI,
        "moto_server or the aws CLI is not installed (pip install 'moto[server]' awscli)"))
struct S3MotoTests {
    func moto() throws -> MotoServer { try #require(MotoServer.current, "CI=true but moto_server is not on PATH") }

    func client(_ moto: MotoServer, region: String = "us-east-1") -> S3Client {
        S3Client(
            region: region, configuredEndpoint: URL(string: moto.url)!,
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: S3CLI.accessKeyId, secretAccessKey: S3CLI.secretAccessKey)))
    }

    /// A new bucket holding `objects` (key → content), each uploaded with `aws s3 cp`.
    func bucket(_ moto: MotoServer, _ name: String, _ objects: [(String, String)]) async throws {
        try await S3CLI.run(["s3api", "create-bucket", "--bucket", name], endpoint: moto.url)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("s3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, (key, content)) in objects.enumerated() {
            let file = directory.appendingPathComponent("\(index).json")
            try Data(content.utf8).write(to: file)
            try await S3CLI.run(["s3", "cp", "--quiet", file.path, "s3://\(name)/\(key)"], endpoint: moto.url)
        }
    }

    static let analysisKeys = [
        "connect/ExampleCorp/Analysis/Voice/2026/03/04/c1_analysis_2026-03-04T10:15:00Z.json",
        "connect/ExampleCorp/Analysis/Voice/Redacted/2026/03/04/c1_analysis_redacted_2026-03-04T10:15:00Z.json",
        "connect/ExampleCorp/Analysis/Chat/2026/03/04/c2 été+1_analysis_2026-03-04T11:00:00.123Z.json",
        "connect/ExampleCorp/CallRecordings/2026/03/04/c1_20260304T10:14_UTC.wav",
    ]

    @Test func listsEveryKeyUnderAPrefixPageByPageAsTheCLIDoes() async throws {
        let moto = try moto()
        try await bucket(moto, "lenstail-list", Self.analysisKeys.map { ($0, "{}") })
        let s3 = client(moto)
        let analysis = try await s3.listObjects(bucket: "lenstail-list", prefix: "connect/ExampleCorp/Analysis/", pageSize: 1)
        #expect(analysis.map(\.key) == Self.analysisKeys.prefix(3).sorted())
        #expect(analysis.allSatisfy { $0.size == 2 && $0.lastModified != nil && $0.eTag?.isEmpty == false })

        let cli = try await S3CLI.run(
            ["s3api", "list-objects-v2", "--bucket", "lenstail-list", "--prefix", "connect/"], endpoint: moto.url)
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(cli.utf8)) as? [String: Any])
        let keys = (theirs["Contents"] as? [[String: Any]] ?? []).compactMap { $0["Key"] as? String }
        let all = try await s3.listObjects(bucket: "lenstail-list", prefix: "connect/", pageSize: 3)
        #expect(all.map(\.key) == keys)
        #expect(keys.count == 4)
        #expect(try await s3.listObjects(bucket: "lenstail-list", prefix: "nothing/").isEmpty)
    }

    @Test func pagesPastS3sThousandKeysAPage() async throws {
        let moto = try moto()
        try await S3CLI.run(["s3api", "create-bucket", "--bucket", "lenstail-many"], endpoint: moto.url)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("s3-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for number in 1...1005 { try Data("\(number)".utf8).write(to: directory.appendingPathComponent("k\(number).json")) }
        try await S3CLI.run(
            ["s3", "cp", "--recursive", "--quiet", directory.path, "s3://lenstail-many/many/"], endpoint: moto.url)

        let s3 = client(moto)
        let first = try await s3.listObjectsV2(ListObjectsV2Request(bucket: "lenstail-many", prefix: "many/"))
        #expect(first.contents.count == 1000 && first.isTruncated && first.nextContinuationToken != nil)
        let all = try await s3.listObjects(bucket: "lenstail-many", prefix: "many/")
        #expect(all.count == 1005)
        #expect(Set(all.map(\.key)) == Set((1...1005).map { "many/k\($0).json" }))
        #expect(try await s3.listObjects(bucket: "lenstail-many", prefix: "many/", limit: 1001).count == 1001)
    }

    @Test func readsAnObjectByteForByteAndRefusesOneOverTheCap() async throws {
        let moto = try moto()
        let content = "{\"Version\":\"1.1.0\",\"Channel\":\"VOICE\",\"Transcript\":[\"é 😀\"]}"
        let big = String(repeating: "x", count: 3 << 20)
        try await bucket(moto, "lenstail-get", [(Self.analysisKeys[2], content), ("big.json", big)])
        let s3 = client(moto)
        let object = try await s3.getObject(bucket: "lenstail-get", key: Self.analysisKeys[2], maxBytes: 1 << 20)
        #expect(object.bytes == Array(content.utf8))
        #expect(object.eTag?.isEmpty == false && object.lastModified != nil)

        let started = ContinuousClock.now
        let refusal = await #expect(throws: ClientError.self) {
            try await s3.getObject(bucket: "lenstail-get", key: "big.json", maxBytes: 1 << 20)
        }
        #expect(refusal == .tooLarge(limit: 1 << 20, declared: 3 << 20))
        let line = refusal?.s3Advice(.getObject, bucket: "lenstail-get", key: "big.json", credentialSource: nil)
        #expect(
            line == "s3://lenstail-get/big.json is 3.0 MiB, over the 1.0 MiB lenstail reads of one file — is it the right object?"
        )
        print("FIGURE s3 GetObject of 3 MiB over a 1 MiB cap refused from its Content-Length in \(started.duration(to: .now))")
    }

    @Test func aMissingBucketOrKeyIsOneLineWithTheFix() async throws {
        let moto = try moto()
        try await bucket(moto, "lenstail-missing", [("present.json", "{}")])
        let s3 = client(moto)
        let noBucket = await #expect(throws: ClientError.self) {
            try await s3.listObjects(bucket: "lenstail-no-such-bucket", prefix: "Analysis/")
        }
        guard case .service(let bucketError) = noBucket else {
            Issue.record("not a service error: \(String(describing: noBucket))")
            return
        }
        #expect(bucketError.code == "NoSuchBucket" && bucketError.httpStatus == 404)
        #expect(
            noBucket?.s3Advice(.listObjectsV2, bucket: "lenstail-no-such-bucket", credentialSource: nil)
                == "no bucket lenstail-no-such-bucket (NoSuchBucket) — check the bucket name and the account: "
                + "ListInstanceStorageConfigs (CALL_RECORDINGS) names the instance's bucket")

        let noKey = await #expect(throws: ClientError.self) {
            try await s3.getObject(bucket: "lenstail-missing", key: "Analysis/Voice/absent.json", maxBytes: 1 << 20)
        }
        guard case .service(let keyError) = noKey else {
            Issue.record("not a service error: \(String(describing: noKey))")
            return
        }
        #expect(keyError.code == "NoSuchKey" && keyError.httpStatus == 404)
        let line = noKey?.s3Advice(
            .getObject, bucket: "lenstail-missing", key: "Analysis/Voice/absent.json", credentialSource: nil)
        #expect(line?.hasPrefix("no object s3://lenstail-missing/Analysis/Voice/absent.json (NoSuchKey) — ") == true)
        #expect(noKey?.isTransient == false)
    }
}

/// PutObject against moto's S3, the AWS CLI reading what was put.
extension S3MotoTests {
    @Test func putsAnObjectTheCLIReadsBackAndAMissingBucketIsOneLine() async throws {
        let moto = try moto()
        try await S3CLI.run(["s3api", "create-bucket", "--bucket", "lenstail-put"], endpoint: moto.url)
        let s3 = client(moto)
        let key = Self.analysisKeys[2]
        let content = Array("{\"Channel\":\"CHAT\",\"Transcript\":[\"é 😀\"]}".utf8)
        let eTag = try await s3.putObject(bucket: "lenstail-put", key: key, body: content)
        #expect(eTag?.isEmpty == false)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("put-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try await S3CLI.run(["s3", "cp", "--quiet", "s3://lenstail-put/\(key)", out.path], endpoint: moto.url)
        #expect(try Array(Data(contentsOf: out)) == content)
        let listing = try await s3.listObjects(bucket: "lenstail-put", prefix: "connect/")
        #expect(listing.map(\.key) == [key] && listing.first?.size == Int64(content.count))

        let refused = await #expect(throws: ClientError.self) {
            try await s3.putObject(bucket: "lenstail-no-such-put-bucket", key: "k.json", body: content)
        }
        #expect(
            refused?.s3Advice(.putObject, bucket: "lenstail-no-such-put-bucket", key: "k.json", credentialSource: nil)
                .hasPrefix("no bucket lenstail-no-such-put-bucket (NoSuchBucket)") == true)
    }
}
