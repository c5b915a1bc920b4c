import Foundation
import LensSimulator
import Testing

/// `lenstail monitor` as a supervisor runs it: the real binary against the emulator on loopback,
/// which answers STS too. Who listens in (the caller's role session name, --user, the profile's
/// connect_user), what the emulator received, and a failure as one line with its fix.
@Suite struct MonitorEndToEndTests {
    static let keys = CheckEndToEndTests.keys
    static let call = Scenario.wallDemo.contacts[0].contactId

    static func monitor(_ port: Int, _ extra: [String], environment: [String: String] = keys) async throws
        -> LenstailProcess.Result
    {
        try await LenstailProcess.run(
            [
                "monitor", "--endpoint-url", "http://127.0.0.1:\(port)", "--instance-id", DemoIdentity.instanceId,
                "--contact-id", call,
            ] + extra, environment: environment)
    }

    @Test("No --user: the caller is rosa.mendes; stdout is the monitoring contact's id; both capabilities asked for")
    func callerIdentity() async throws {
        let emulator = Simulator(SimulatorConfiguration(scenario: .wallDemoAllConnected, speed: 1))
        let port = try await emulator.start()
        let result = try await Self.monitor(port, ["--region", "us-east-1"])
        let log = await emulator.monitorLog
        await emulator.stop()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(log.count == 1 && log.first?.userId == "u-rosa" && log.first?.contactId == Self.call, "\(log)")
        #expect(log.first?.allowedMonitorCapabilities == ["SILENT_MONITOR", "BARGE"])
        let id = try #require(log.first?.monitoringContactId)
        #expect(result.stdout == id + "\n", "stdout is the monitoring contact's id alone: \(result.stdout)")
        #expect(result.stderr.contains("rosa.mendes") && !result.stderr.contains(DemoIdentity.secretAccessKey))
    }

    @Test("--user and --silent-only; else the profile's connect_user")
    func userAndProfile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("config")
        try "[profile dev]\nregion = us-east-1\nconnect_user = li.wei\n".write(to: config, atomically: true, encoding: .utf8)
        let emulator = Simulator(SimulatorConfiguration(scenario: .wallDemoAllConnected, speed: 1))
        let port = try await emulator.start()
        let flag = try await Self.monitor(port, ["--region", "us-east-1", "--user", "LI.WEI", "--silent-only"])
        // An explicit --profile takes its keys from the profile, as the AWS CLI does.
        let credentials = directory.appendingPathComponent("credentials")
        try "[dev]\naws_access_key_id = \(DemoIdentity.accessKeyId)\naws_secret_access_key = \(DemoIdentity.secretAccessKey)\n"
            .write(to: credentials, atomically: true, encoding: .utf8)
        let environment = ["AWS_CONFIG_FILE": config.path, "AWS_SHARED_CREDENTIALS_FILE": credentials.path]
        let profile = try await Self.monitor(port, ["--profile", "dev", "--silent-only"], environment: environment)
        let log = await emulator.monitorLog
        await emulator.stop()
        #expect(flag.status == 0, "\(flag.stderr)")
        #expect(profile.status == 0, "\(profile.stderr)")
        #expect(log.map(\.userId) == ["u-li", "u-li"], "\(log)")
        #expect(log.allSatisfy { $0.allowedMonitorCapabilities == ["SILENT_MONITOR"] })
        #expect(Set(log.compactMap(\.clientToken)).count == 2, "each action has its own ClientToken")
    }

    @Test("Failures: one line on stderr with its fix, exit 1, nothing on stdout")
    func failures() async throws {
        var scenario = Scenario.wallDemoAllConnected
        scenario.floor?.calls[0].monitoredBy = 2
        let emulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 1))
        let port = try await emulator.start()
        let cases: [(arguments: [String], mentions: String)] = [
            (["--user", "nobody"], "--user"),
            (["--user", "u-sam"], "Manager monitor"),
            ([], "two supervisors are already on this call"),
        ]
        for (arguments, mentions) in cases {
            let result = try await Self.monitor(port, ["--region", "us-east-1"] + arguments)
            let lines = result.stderr.split(separator: "\n")
            #expect(result.status == 1 && result.stdout.isEmpty, "\(arguments): \(result.status) \(result.stdout)")
            #expect(lines.count == 1 && result.stderr.contains(mentions), "\(arguments): \(result.stderr)")
        }
        let noUser = try await Self.monitor(port, ["--region", "us-east-1", "--user", " "])
        #expect(noUser.status == 64 && noUser.stderr.contains("--user"), "\(noUser.stderr)")
        let log = await emulator.monitorLog
        await emulator.stop()
        #expect(log.map(\.errorCode) == ["AccessDeniedException", "ServiceQuotaExceededException"], "\(log)")
    }
}
