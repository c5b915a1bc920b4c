import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `export --from-s3` reading an S3 nobody here wrote: moto's, on loopback. Amazon Connect
/// (DescribeContact, ListInstanceStorageConfigs) is the emulator's; `AWS_ENDPOINT_URL_CONNECT` and
/// `AWS_ENDPOINT_URL_S3` send each service to its own endpoint, as a user's configuration would.
@Suite(
    .serialized, .motoServer,
    .enabled(if: MotoServer.installedPath != nil || MotoServer.isCI, "moto_server is not installed (pip install 'moto[server]')"))
struct LookBackMotoTests {
    @Test func theFileInMotosBucketExportsAsTheEmulatorWroteIt() async throws {
        let moto = try #require(MotoServer.current, "CI=true but moto_server is not on PATH")
        let now = LookBackEndToEndTests.now
        let files = LookBackEndToEndTests.files
        let raw = try #require(files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        let redacted = try #require(files.first { $0.isRedacted && $0.contactId == raw.contactId })

        // The bucket ListInstanceStorageConfigs names, made in moto, holding this contact's two files.
        let bucket = DemoIdentity.recordingsBucket
        let s3 = try await Self.makeBucket(bucket, in: moto)
        for file in [raw, redacted] { _ = try await s3.putObject(bucket: bucket, key: file.key, body: file.bytes) }

        let simulator = Simulator(
            SimulatorConfiguration(scenario: .history(endingAt: now), speed: 1, rateLimit: nil, now: { now }))
        let port = try await simulator.start()
        defer { Task { await simulator.stop() } }
        var environment = LookBackEndToEndTests.environment
        environment["AWS_ENDPOINT_URL_CONNECT"] = "http://127.0.0.1:\(port)"
        environment["AWS_ENDPOINT_URL_S3"] = moto.url
        let common = [
            "export", "--instance-id", DemoIdentity.instanceId, "--contact-id", raw.contactId, "--from-s3",
            "--region", DemoIdentity.region,
        ]
        for (file, extra) in [(raw, [String]()), (redacted, ["--redacted"])] {
            let run = try await LenstailProcess.run(common + extra, environment: environment)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout == (try LookBackEndToEndTests.expected(file, .text)), "\(file.key)")
        }
        let missing = try await LenstailProcess.run(
            common + ["--bucket", "s3://\(bucket)/nowhere"], environment: environment)
        #expect(missing.status != 0 && missing.stderr.contains("searched nowhere/Analysis/Voice/"), "\(missing.stderr)")
    }

    /// A file that is not as Contact Lens writes it, under the contact's own name in moto's S3:
    /// one line naming the object and where it stops being JSON (or what it is instead), exit 1,
    /// nothing on stdout — from `replay` as from `export`.
    @Test func aMalformedFileIsOneLineAndNothingShown() async throws {
        let moto = try #require(MotoServer.current, "CI=true but moto_server is not on PATH")
        let now = LookBackEndToEndTests.now
        let file = try #require(LookBackEndToEndTests.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        let bucket = "lenstail-malformed-analysis"
        let s3 = try await Self.makeBucket(bucket, in: moto)
        let simulator = Simulator(
            SimulatorConfiguration(scenario: .history(endingAt: now), speed: 1, rateLimit: nil, now: { now }))
        let port = try await simulator.start()
        defer { Task { await simulator.stop() } }
        var environment = LookBackEndToEndTests.environment
        environment["AWS_ENDPOINT_URL_CONNECT"] = "http://127.0.0.1:\(port)"
        environment["AWS_ENDPOINT_URL_S3"] = moto.url
        var strayComma = file.bytes
        strayComma.insert(UInt8(ascii: ","), at: try #require(strayComma.lastIndex(of: UInt8(ascii: "}"))))
        let cases: [(body: [UInt8], says: String)] = [
            (Array(file.bytes.prefix(file.bytes.count / 2)), "not JSON at line "),
            (strayComma, "not JSON at line "),
            (Array("[1, 2]".utf8), "not an analysis file: its JSON value is not an object"),
            ([], "not JSON at line 1, column 1"),
        ]
        for (body, says) in cases {
            _ = try await s3.putObject(bucket: bucket, key: file.key, body: body)
            for command in [["replay", "--output", "jsonl"], ["export"]] {
                let run = try await LenstailProcess.run(
                    command + [
                        "--instance-id", DemoIdentity.instanceId, "--contact-id", file.contactId, "--from-s3",
                        "--bucket", "s3://\(bucket)", "--region", DemoIdentity.region,
                    ], environment: environment)
                #expect(run.status == 1, "\(run.stderr)")
                #expect(run.stdout.isEmpty)
                #expect(run.stderr.split(separator: "\n").count == 1, "stderr: \(run.stderr)")
                #expect(run.stderr.hasPrefix("Error: s3://\(bucket)/\(file.key): \(says)"), "stderr: \(run.stderr)")
                #expect(run.stderr.hasSuffix("nothing was shown\n"), "stderr: \(run.stderr)")
            }
        }
    }

    /// A new bucket in moto (a plain PUT), and our S3 client for it with the demo's keys.
    static func makeBucket(_ bucket: String, in moto: MotoServer) async throws -> S3Client {
        var create = URLRequest(url: URL(string: "\(moto.url)/\(bucket)")!)
        create.httpMethod = "PUT"
        _ = try await URLSession.shared.data(for: create)
        return S3Client(
            region: DemoIdentity.region, configuredEndpoint: URL(string: moto.url)!,
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: DemoIdentity.accessKeyId, secretAccessKey: DemoIdentity.secretAccessKey)))
    }
}
