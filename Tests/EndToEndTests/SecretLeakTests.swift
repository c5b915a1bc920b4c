import AWSSigV4
import Foundation
import LensSimulator
import Testing

/// No secret key or session token in any artefact of a follow: stdout, stderr, the log file, a
/// recording; through faults and a final error. Files lenstail writes are private (0600).
@Suite(.serialized) struct SecretLeakTests {
    static let secret = "SECRETzQ9vLk2Wp7Xr4Tn8Bm3Hd6Fj1Gs5Ay0UeIo"
    static let token = "TOKENpX7cV2nM9bQ4wE6rT1yU8iO3aS5dF0gH-session"
    static let wrongSecret = "WRONGSECRETk3Jh8Gf5Ds2Aq9Wz6Xc1Vb4Nm7Lp0"

    func artefacts(_ result: LenstailProcess.Result, files: [URL]) -> [(String, String)] {
        [("stdout", result.stdout), ("stderr", result.stderr)]
            + files.map { ($0.lastPathComponent, (try? String(contentsOf: $0, encoding: .utf8)) ?? "") }
    }

    @Test func noSecretOrTokenInAnyOutputLogOrRecording() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let credentials = AWSCredentials(accessKeyId: "AKIDLEAKTEST", secretAccessKey: Self.secret, sessionToken: Self.token)
        var faults = try FaultPlan.parse("throttle=0.2,error=0.1,drop=0.1,malformed=0.1,reject=0.05")
        faults.malformedKinds = [.truncated, .proxyHTML, .wrongType]
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: TestCall.scenario(turns: 30), speed: .infinity, faults: faults, seed: 9, credentials: [credentials]))
        let port = try await simulator.start()
        let log = directory.appendingPathComponent("follow.log")
        let recording = directory.appendingPathComponent("follow.jsonl")
        let canRecord = try await LenstailProcess.run(["follow", "--help"]).stdout.contains("--record")
        func follow(secret: String, output: String) async throws -> LenstailProcess.Result {
            try await LenstailProcess.run(
                [
                    "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId, "--region", "us-east-1",
                    "--endpoint-url", "http://127.0.0.1:\(port)", "--output", output, "--max-results", "5", "--max-rate", "20",
                    "--log-file", log.path,
                ] + (canRecord ? ["--record", recording.path] : []),
                environment: [
                    "AWS_ACCESS_KEY_ID": "AKIDLEAKTEST", "AWS_SECRET_ACCESS_KEY": secret, "AWS_SESSION_TOKEN": Self.token,
                ],
                // Through these faults a follow takes 40-65 s (backoffs reach 11 s): 60 s was too tight.
                timeout: .seconds(240))
        }
        // Through faults to the end, then once more with a wrong secret, which ends in an error.
        let good = try await follow(secret: Self.secret, output: "jsonl")
        let bad = try await follow(secret: Self.wrongSecret, output: "text")
        await simulator.stop()
        #expect(good.status == 0, "stderr: \(good.stderr)")
        #expect(bad.status == 1 && bad.stderr.contains("signature"), "stderr: \(bad.stderr)")
        #expect(!good.stderr.isEmpty, "the faults were reported")

        let files = [log] + (canRecord ? [recording] : [])
        let everything = artefacts(good, files: files) + artefacts(bad, files: [])
        for (name, text) in everything {
            for needle in [
                Self.secret, Self.token, Self.wrongSecret, String(Self.secret.prefix(12)), String(Self.token.prefix(12)),
            ] {
                #expect(!text.contains(needle), "\(name) holds \(needle.prefix(6))…")
            }
        }
        let logText = try String(contentsOf: log, encoding: .utf8)
        #expect(
            logText.contains("status retrying") && logText.contains(": page ") && logText.contains("token="),
            "the log has requests and statuses")
        #expect(logText.contains("stopped: the request signature was refused"), "the final error is logged")
        for file in files {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
            #expect(mode == 0o600, "\(file.lastPathComponent) is \(String(mode, radix: 8))")
        }
        print(
            "FIGURE secrets: \(everything.count) artefacts (\(everything.map { $0.1.utf8.count }.reduce(0, +)) bytes, "
                + "recording: \(canRecord ? "yes" : "not available")) hold 0 secrets; files 0600")
    }

    @Test func anExistingLogFileIsMadePrivate() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-open-\(UUID().uuidString).log")
        #expect(
            FileManager.default.createFile(
                atPath: log.path, contents: Data("old line\n".utf8), attributes: [.posixPermissions: 0o644]))
        defer { try? FileManager.default.removeItem(at: log) }
        let simulator = Simulator(SimulatorConfiguration(scenario: TestCall.scenario(turns: 3), speed: .infinity))
        let port = try await simulator.start()
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId, "--region", "us-east-1",
                "--endpoint-url", "http://127.0.0.1:\(port)", "--output", "text", "--log-file", log.path,
            ],
            environment: MalformedPageTests.keys)
        await simulator.stop()
        #expect(result.status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: log.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.hasPrefix("old line\n") && text.contains("the analysis is complete"), "appended, not replaced")
    }
}
