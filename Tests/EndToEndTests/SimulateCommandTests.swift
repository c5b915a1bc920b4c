import Foundation
import LensSimulator
import Testing

/// `lenstail simulate` in a terminal of its own is quiet: the banner, then nothing per request
/// unless asked (`--verbose` on stderr, `--log-file` to a private file), so a follow started in the
/// same terminal is not garbled.
@Suite(.serialized) struct SimulateCommandTests {
    /// Runs `simulate --port 0 extra…` in a fresh home, calls `body` with its address and banner,
    /// stops it; returns its stderr.
    static func serving(_ extra: [String], _ body: (String, String) async throws -> Void) async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-sim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stderrPath = folder.appendingPathComponent("stderr").path
        #expect(FileManager.default.createFile(atPath: stderrPath, contents: nil))
        let process = Process()
        process.executableURL = LenstailProcess.binary
        process.arguments = ["simulate", "--port", "0"] + extra
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in exited.continuation.finish() }
        try process.run()
        defer { kill(process.processIdentifier, SIGKILL) }
        var url: String?
        var banner = ""
        for _ in 0..<300 where url == nil {
            try await Task.sleep(for: .milliseconds(50))
            banner = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
            url = banner.firstMatch(of: /listening on (http:\/\/127\.0\.0\.1:\d+)/).map { String($0.1) }
        }
        try await body(try #require(url, "the banner names the address"), banner)
        kill(process.processIdentifier, SIGINT)
        for await _ in exited.stream {}
        return try String(contentsOfFile: stderrPath, encoding: .utf8)
    }

    /// Runs `simulate --port 0 --speed instant extra…`, fetches the demo call from it once, stops
    /// it; returns its stderr.
    static func serveOneReplay(_ extra: [String]) async throws -> String {
        try await serving(["--speed", "instant"] + extra) { endpoint, _ in
            let replay = try await LenstailProcess.run(
                [
                    "replay", "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId,
                    "--endpoint-url", endpoint, "--region", DemoIdentity.region, "--output", "text",
                ],
                environment: [
                    "AWS_ACCESS_KEY_ID": DemoIdentity.accessKeyId, "AWS_SECRET_ACCESS_KEY": DemoIdentity.secretAccessKey,
                ])
            #expect(replay.status == 0, "replay: \(replay.stderr)")
        }
    }

    /// With nothing but what its banner says, `check` passes against the emulator and a wall
    /// watches its floor (the wall demo's calls), the way a newcomer would try them.
    @Test func theBannersCredentialsPassACheckAndServeAWall() async throws {
        _ = try await Self.serving(["--speed", "2"]) { endpoint, banner in
            let exported = try #require(
                banner.firstMatch(of: /export AWS_ACCESS_KEY_ID=(\S+) AWS_SECRET_ACCESS_KEY=(\S+) AWS_DEFAULT_REGION=(\S+)/),
                "the banner gives credentials to use: \(banner)")
            let environment = [
                "AWS_ACCESS_KEY_ID": String(exported.1), "AWS_SECRET_ACCESS_KEY": String(exported.2),
                "AWS_DEFAULT_REGION": String(exported.3),
            ]
            let wallLine = try #require(
                banner.firstMatch(of: /lenstail wall --endpoint-url \S+\n\s+(--instance-id \S+ --queue \S+)/))
            let check = try await LenstailProcess.run(["check", "--endpoint-url", endpoint], environment: environment)
            #expect(check.status == 0, "check: \(check.stdout)\(check.stderr)")
            // A wall of queues watches until stopped (a floor never closes): 20 s of it.
            let wall = try await LenstailProcess.run(
                ["wall", "--endpoint-url", endpoint, "--output", "jsonl"] + wallLine.1.split(separator: " ").map(String.init),
                environment: environment, timeout: .seconds(20))
            #expect(wall.stderr.isEmpty, "wall: \(wall.stderr)")
            #expect(wall.stdout.contains("\"ContactId\":\"ca11ca11-"), "the floor's calls: \(wall.stdout.prefix(500))")
        }
    }

    @Test func quietByDefaultVerboseOnAsk() async throws {
        let quiet = try await Self.serveOneReplay([])
        #expect(quiet.contains("listening on"), "\(quiet)")
        #expect(!quiet.contains("contact=\(DemoIdentity.contactId)"), "no request line: \(quiet)")
        let verbose = try await Self.serveOneReplay(["--verbose"])
        #expect(verbose.contains("200 contact=\(DemoIdentity.contactId) token=no"), "\(verbose)")
    }

    @Test func theRequestLogGoesToAPrivateFile() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-sim-\(UUID().uuidString).log").path
        let stderr = try await Self.serveOneReplay(["--log-file", log])
        #expect(!stderr.contains("contact=\(DemoIdentity.contactId)"), "\(stderr)")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("200 contact=\(DemoIdentity.contactId) token=no"), "\(text)")
        let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
