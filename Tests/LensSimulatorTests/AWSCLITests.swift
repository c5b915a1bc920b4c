import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

/// The real AWS CLI against the simulator: proof that the wire protocol and signing match botocore.
@Suite("AWS CLI against the simulator", .enabled(if: AWSCLI.path != nil || AWSCLI.isCI, "the aws CLI is not installed"))
struct AWSCLITests {
    @Test("list-realtime-contact-analysis-segments returns every segment of a finished call")
    func listsFinishedCall() async throws {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        try await withSimulator(.init(scenario: .demo, speed: .infinity)) { simulator, client in
            let result = try await AWSCLI.run(aws, endpoint: client.endpoint, secret: DemoIdentity.secretAccessKey)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let page = try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(result.stdout.utf8))
            // botocore has no paginator for this operation: one call, and a finished call fits one page.
            #expect(page.segments == Scenario.demo.contacts[0].timeline.map(\.segment))
            #expect(page.nextToken == nil)
            #expect(await simulator.requestLog.map(\.status) == [200])
        }
    }

    @Test("A wrong secret makes the CLI fail with InvalidSignatureException")
    func wrongSecret() async throws {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        try await withSimulator(.init(scenario: .demo, speed: .infinity)) { _, client in
            let result = try await AWSCLI.run(aws, endpoint: client.endpoint, secret: "not-the-secret")
            #expect(result.status != 0)
            #expect(result.stderr.contains("InvalidSignatureException"), "stderr: \(result.stderr)")
        }
    }
}

/// Finds and runs the `aws` command with a clean AWS environment.
enum AWSCLI {
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/aws" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: String, endpoint: URL, secret: String) async throws -> Result {
        try await run(
            executable,
            arguments: [
                "connect-contact-lens", "list-realtime-contact-analysis-segments", "--contact-id", DemoIdentity.contactId,
            ], endpoint: endpoint, secret: secret)
    }

    /// `aws <arguments>` against the endpoint, for the demo's instance, in JSON.
    static func run(_ executable: String, arguments: [String], endpoint: URL, secret: String) async throws -> Result {
        try await run(
            executable,
            arguments: arguments + [
                "--endpoint-url", endpoint.absoluteString, "--region", DemoIdentity.region,
                "--instance-id", DemoIdentity.instanceId,
                "--output", "json", "--cli-read-timeout", "20", "--cli-connect-timeout", "5",
            ], secret: secret)
    }

    /// `aws <arguments>` exactly as given, with the demo's key and `secret`.
    static func run(_ executable: String, arguments: [String], secret: String) async throws -> Result {
        try await ProcessGate.serialized { try await runAtOnce(executable, arguments: arguments, secret: secret) }
    }

    private static func runAtOnce(_ executable: String, arguments: [String], secret: String) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Keep the machine's AWS settings (profiles, tokens, endpoints) out of the run.
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["AWS_ACCESS_KEY_ID"] = DemoIdentity.accessKeyId
        environment["AWS_SECRET_ACCESS_KEY"] = secret
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        environment["AWS_PAGER"] = ""
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        environment["AWS_MAX_ATTEMPTS"] = "1"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice

        let exited = AsyncStream<Int32> { continuation in
            process.terminationHandler = {
                continuation.yield($0.terminationStatus)
                continuation.finish()
            }
        }
        try process.run()
        // Read while it runs, so a full pipe can never block it.
        async let out = readToEnd(stdout)
        async let err = readToEnd(stderr)
        let (outData, errData) = await (out, err)
        var status: Int32 = -1
        for await code in exited { status = code }
        return Result(
            status: status, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Blocking reads run on a GCD thread: on a Swift concurrency thread they would starve the
    /// small cooperative pool, and with it the simulator that has to answer the CLI.
    private static func readToEnd(_ pipe: Pipe) async -> Data {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                try? pipe.fileHandleForReading.close()  // else a long run piles up read ends
                continuation.resume(returning: data)
            }
        }
    }
}
