import AWSClient
import AWSSigV4
import Foundation
import LensApp
import LensSimulator

/// `lenstail check` run in-process against the emulator (Contact Lens) and an STS given by URL
/// (moto, or a stub), in a fresh home with no ~/.aws and no instance metadata.
struct CheckBench {
    static let instanceId = DemoIdentity.instanceId
    static let contactId = DemoIdentity.contactId
    static let secret = "check-bench-secret-5f2c9a71e0b34d68"
    static let keys = AWSCredentials(accessKeyId: "AKIDCHECKBENCH", secretAccessKey: secret)

    struct Result {
        var passed: Bool
        var output: String
        var lines: [String]
        var emulatorPort: Int
        var requests: [RequestRecord]
    }

    var simulator = SimulatorConfiguration(scenario: .demo, speed: .infinity, credentials: [keys])
    var settings = AWSSettings(region: "us-east-1", timeout: .seconds(10))
    /// The environment besides HOME; AWS_ENDPOINT_URL_STS is set from `sts`.
    var variables = ["AWS_ACCESS_KEY_ID": keys.accessKeyId, "AWS_SECRET_ACCESS_KEY": secret]
    var sts: String?
    var ids: (instance: String, contact: String)? = (instanceId, contactId)
    /// Files to write under the home, by path relative to it (".aws/config").
    var files: [String: String] = [:]

    init(sts: String?) {
        self.sts = sts
        settings.mfaPrompt = nil
    }

    func run() async throws -> Result {
        let home = NSTemporaryDirectory() + "lenstail-check-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/.aws", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        for (path, text) in files { try text.write(toFile: home + "/" + path, atomically: true, encoding: .utf8) }
        var all = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"]
        if let sts { all["AWS_ENDPOINT_URL_STS"] = sts }
        all.merge(variables) { $1 }
        let emulator = Simulator(simulator)
        let port = try await emulator.start()
        var settings = settings
        if settings.endpointURL == nil { settings.endpointURL = "http://127.0.0.1:\(port)" }
        let memory = MemoryConsole()
        let passed: Bool
        do {
            passed = try await ConnectionCheck(aws: settings, environment: AWSEnvironment(variables: all, homeDirectory: home))
                .run(instanceId: ids?.instance, contactId: ids?.contact, console: memory.console)
        } catch {
            await emulator.stop()
            throw error
        }
        let requests = await emulator.requestLog
        await emulator.stop()
        return Result(passed: passed, output: memory.out, lines: memory.outLines, emulatorPort: port, requests: requests)
    }
}
