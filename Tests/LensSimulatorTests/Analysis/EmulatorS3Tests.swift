import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import Testing

@testable import LensSimulator

/// The emulator's S3 as the AWS CLI sees it (for `demo --history` and anyone trying lenstail
/// without AWS): the bucket ListInstanceStorageConfigs names, holding the analysis files of the
/// contacts that have ended, listed, paged and read as S3 answers.
@Suite("aws s3 against the emulator", .enabled(if: AWSCLI.path != nil || AWSCLI.isCI, "the aws CLI is not installed"))
struct EmulatorS3Tests {
    static let now = Date()
    static var configuration: SimulatorConfiguration {
        SimulatorConfiguration(scenario: .history(endingAt: now), speed: 1, rateLimit: nil, now: { now })
    }
    static let bucket = DemoIdentity.recordingsBucket

    func aws(_ arguments: [String], _ endpoint: URL, secret: String = DemoIdentity.secretAccessKey) async throws -> AWSCLI.Result
    {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        return try await AWSCLI.run(
            aws,
            arguments: arguments + [
                "--endpoint-url", endpoint.absoluteString, "--region", DemoIdentity.region, "--cli-read-timeout", "20",
            ], secret: secret)
    }

    @Test("aws s3 ls --recursive lists every written file; ls without it the folders")
    func listsTheFilesOfEndedContacts() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let written = AnalysisFiles.files(of: .history(endingAt: Self.now), epoch: Self.now).filter {
                $0.writtenAt <= Self.now
            }
            let listing = try await aws(["s3", "ls", "s3://\(Self.bucket)/Analysis/", "--recursive"], client.endpoint)
            #expect(listing.status == 0, "stderr: \(listing.stderr)")
            let keys = listing.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) }
            #expect(keys == written.map(\.key))
            #expect(keys.count == 2 * 38, "38 contacts analysed and ended (two more still in progress), raw and redacted")
            let sizes = listing.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] }
            #expect(sizes.map { Int($0) } == written.map(\.bytes.count))

            let folders = try await aws(["s3", "ls", "s3://\(Self.bucket)/Analysis/"], client.endpoint)
            #expect(
                folders.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } == [
                    "PRE Chat/", "PRE Voice/",
                ])
            let buckets = try await aws(["s3", "ls"], client.endpoint)
            #expect(buckets.stdout.hasSuffix(" \(Self.bucket)\n"), "stdout: \(buckets.stdout)")
        }
    }

    @Test("list-objects-v2 pages by continuation token; get-object reads a file byte for byte")
    func pagesAndReads() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let paged = try await aws(
                [
                    "s3api", "list-objects-v2", "--bucket", Self.bucket, "--prefix", "Analysis/Chat/", "--page-size", "3",
                    "--output", "json",
                ],
                client.endpoint)
            #expect(paged.status == 0, "stderr: \(paged.stderr)")
            let listing = try #require(try JSONSerialization.jsonObject(with: Data(paged.stdout.utf8)) as? [String: Any])
            let keys = (listing["Contents"] as? [[String: Any]] ?? []).compactMap { $0["Key"] as? String }
            #expect(keys.count == 2 * 11 && keys == keys.sorted() && keys.allSatisfy { $0.hasPrefix("Analysis/Chat/") })

            let file = try #require(
                AnalysisFiles.files(of: .history(endingAt: Self.now), epoch: Self.now).first { !$0.isRedacted })
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("s3-get-\(UUID().uuidString).json")
            defer { try? FileManager.default.removeItem(at: out) }
            let get = try await aws(["s3", "cp", "s3://\(Self.bucket)/\(file.key)", out.path], client.endpoint)
            #expect(get.status == 0, "stderr: \(get.stderr)")
            #expect(try Array(Data(contentsOf: out)) == file.bytes)
            #expect(try PostContactFile.read(file.bytes).transcript.isEmpty == false)
        }
    }

    @Test("A missing key, another bucket and a wrong secret are S3's errors")
    func errors() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let missing = try await aws(
                ["s3api", "get-object", "--bucket", Self.bucket, "--key", "Analysis/Voice/nope.json", "/dev/null"],
                client.endpoint)
            #expect(missing.status != 0 && missing.stderr.contains("NoSuchKey"), "stderr: \(missing.stderr)")
            let other = try await aws(["s3", "ls", "s3://someone-elses-bucket/"], client.endpoint)
            #expect(other.status != 0 && other.stderr.contains("NoSuchBucket"), "stderr: \(other.stderr)")
            let wrong = try await aws(["s3", "ls", "s3://\(Self.bucket)/"], client.endpoint, secret: "not-the-secret")
            #expect(wrong.status != 0 && wrong.stderr.contains("SignatureDoesNotMatch"), "stderr: \(wrong.stderr)")
        }
    }

    @Test("lenstail's S3 client reads the bucket ListInstanceStorageConfigs names, from another region too")
    func theClientFindsTheBucketAndItsRegion() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let credentials = StaticCredentialProvider(DemoIdentity.credentials)
            let connect = ConnectClient(endpoint: client.endpoint, region: DemoIdentity.region, credentials: credentials)
            let storage = try #require(try await connect.callRecordingsBucket(instanceId: DemoIdentity.instanceId))
            #expect(storage.bucketName == Self.bucket)
            // Asked in eu-west-1, the bucket answers with its region and is asked there once.
            let s3 = S3Client(region: "eu-west-1", configuredEndpoint: client.endpoint, credentials: credentials)
            let voice = try await s3.listObjects(bucket: storage.bucketName, prefix: "Analysis/Voice/Redacted/", pageSize: 7)
            #expect(voice.count == 27 && voice.allSatisfy { $0.key.contains("_analysis_redacted_") })
            let body = try await s3.getObject(bucket: storage.bucketName, key: voice[0].key, maxBytes: 1 << 20)
            #expect(try PostContactFile.read(body.bytes).isRedacted)
        }
    }
}
