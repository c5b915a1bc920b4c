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
        var create = URLRequest(url: URL(string: "\(moto.url)/\(bucket)")!)
        create.httpMethod = "PUT"
        _ = try await URLSession.shared.data(for: create)
        let s3 = S3Client(
            region: DemoIdentity.region, configuredEndpoint: URL(string: moto.url)!,
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: DemoIdentity.accessKeyId, secretAccessKey: DemoIdentity.secretAccessKey)))
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
}
