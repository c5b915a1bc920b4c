import Foundation
import LensSimulator
import TestSupport
import Testing

/// `lenstail check` as a user runs it: the real binary against the in-process emulator, with a
/// loopback stub answering STS's GetCallerIdentity (moto's STS is covered in-process, by
/// `CheckMotoTests`; one moto server fewer keeps the whole suite lighter on two cores).
@Suite struct CheckEndToEndTests {
    static let keys = ["AWS_ACCESS_KEY_ID": DemoIdentity.accessKeyId, "AWS_SECRET_ACCESS_KEY": DemoIdentity.secretAccessKey]

    /// STS in its XML, with a `Date` header as AWS sends it.
    static func sts() throws -> StubHTTPServer {
        try StubHTTPServer { _ in
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
            return .init(
                status: 200, headers: [("Content-Type", "text/xml"), ("Date", formatter.string(from: Date()))],
                body: """
                    <GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::111122223333:assumed-role/Supervisor/ana\
                    </Arn><UserId>AROAEXAMPLE:ana</UserId><Account>111122223333</Account></GetCallerIdentityResult>\
                    </GetCallerIdentityResponse>
                    """)
        }
    }

    @Test func allLinesPassAndTheExitIsZero() async throws {
        let sts = try Self.sts()
        defer { sts.stop() }
        let emulator = Simulator(SimulatorConfiguration(scenario: .demo, speed: .infinity))
        let port = try await emulator.start()
        let arguments = [
            "check", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:\(port)",
            "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId,
        ]
        let started = ContinuousClock.now
        let passing = try await LenstailProcess.run(
            arguments, environment: Self.keys.merging(["AWS_ENDPOINT_URL_STS": sts.url]) { $1 })
        let elapsed = started.duration(to: .now)
        // The same, with nobody's credentials: exit 1, the rest not tried.
        let failing = try await LenstailProcess.run(arguments, environment: ["AWS_ENDPOINT_URL_STS": sts.url])
        await emulator.stop()
        let lines = passing.stdout.split(separator: "\n")
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(lines.count == 6 && lines.allSatisfy { $0.hasPrefix("✓ ") }, "\(passing.stdout)")
        #expect(
            lines.count > 3
                && lines[3] == "✓ identity arn:aws:sts::111122223333:assumed-role/Supervisor/ana (account 111122223333)")
        #expect(passing.stderr.isEmpty)
        #expect(!passing.stdout.contains(DemoIdentity.secretAccessKey))
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("✗ credentials: no AWS credentials found"))
        print(
            "FIGURE check end to end: exit \(passing.status) in \(elapsed)\n"
                + lines.map { "    \($0)" }.joined(separator: "\n")
                + "\n  without credentials: exit \(failing.status), \(failing.stdout.split(separator: "\n").count) lines")
    }

    @Test("Against the emulator alone: --endpoint-url on loopback answers STS too, so every line passes")
    func theEmulatorAnswersForSTS() async throws {
        let emulator = Simulator(SimulatorConfiguration(scenario: .demo, speed: .infinity))
        let port = try await emulator.start()
        let result = try await LenstailProcess.run(
            [
                "check", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:\(port)", "--instance-id",
                DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId,
            ], environment: Self.keys)
        await emulator.stop()
        let lines = result.stdout.split(separator: "\n")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(lines.count == 6 && lines.allSatisfy { $0.hasPrefix("✓ ") }, "\(result.stdout)")
        #expect(lines.contains("✓ identity \(DemoIdentity.callerArn) (account \(DemoIdentity.account))"), "\(result.stdout)")
    }
}

/// A role with mfa_serial and no terminal to type the code in: one clear line and exit 1, before
/// any request. Run in a session of its own (setsid), so it has no controlling terminal whatever
/// the test runner has.
@Suite struct MFAWithoutTerminalTests {
    static let secret = "e2e-mfa-secret-71c4a09b2d5e8f36"

    @Test(arguments: ["follow", "check"])
    func anMFARoleWithoutATerminalIsOneLineAndExitOne(_ command: String) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-mfa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".aws"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = \(Self.secret)\n"
            .write(to: home.appendingPathComponent(".aws/credentials"), atomically: true, encoding: .utf8)
        try
            "[profile dev]\nrole_arn = arn:aws:iam::111122223333:role/Supervisor\nsource_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/ana\n"
            .write(to: home.appendingPathComponent(".aws/config"), atomically: true, encoding: .utf8)
        let setsid = URL(fileURLWithPath: "/usr/bin/setsid")
        try #require(FileManager.default.isExecutableFile(atPath: setsid.path), "util-linux setsid is missing")
        var arguments = [
            "-w", LenstailProcess.binary.path, command, "--profile", "dev", "--region", "us-east-1",
            "--endpoint-url", "http://127.0.0.1:9",
        ]
        if command == "follow" {
            arguments += ["--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId]
        }
        let started = ContinuousClock.now
        let result = try await LenstailProcess.run(
            arguments, environment: ["HOME": home.path, "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9"],
            timeout: .seconds(30), executable: setsid)
        let elapsed = started.duration(to: .now)
        let said = command == "follow" ? result.stderr : result.stdout
        let wanted =
            "profile 'dev' needs an MFA code for arn:aws:iam::111122223333:mfa/ana, but there is no terminal to type it in"
        #expect(result.status == 1)
        #expect(said.contains(wanted), "\(result.stdout)\(result.stderr)")
        if command == "follow" {
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stdout.isEmpty)
        }
        #expect(!result.stdout.contains(Self.secret) && !result.stderr.contains(Self.secret))
        print(
            "FIGURE mfa without a terminal, \(command): exit \(result.status) in \(elapsed): "
                + "\(said.split(separator: "\n").first { $0.contains("MFA") } ?? "")")
    }
}
