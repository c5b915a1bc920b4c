import Foundation
import Testing

/// Broken command lines and AWS configuration, as a user meets them: one clear line on stderr,
/// a non-zero exit, within a bounded time. HOME is a fresh temporary directory.
@Suite(.serialized) struct BadConfigurationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var config: String?
        var credentials: String?
        /// Make ~/.aws/credentials a directory: it exists but cannot be read as a file.
        var unreadableCredentials = false
        var arguments: [String] = []
        var mentions: String
        // Far under "never": a loaded 2-core machine can take seconds just to start a process.
        var bound: Duration = .seconds(30)
        /// A bad option: the error line comes first, ArgumentParser's usage lines after it.
        var isUsage = false
        var testDescription: String { name }
    }

    static let follow = [
        "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId, "--region", "us-east-1",
        "--endpoint-url", "http://127.0.0.1:9",
    ]

    static let cases: [Case] = [
        Case(
            name: "malformed config", config: "[profile broken\nregion = us-east-1\n=== ???\n",
            arguments: ["--profile", "broken"], mentions: "malformed AWS profile file"),
        Case(
            name: "unknown profile", config: "[default]\nregion = us-east-1\n", arguments: ["--profile", "nope"], mentions: "nope"
        ),
        Case(
            name: "unreadable credentials file", unreadableCredentials: true, arguments: ["--profile", "default"],
            mentions: "credentials"),
        Case(
            name: "credential_process fails", config: "[profile p]\ncredential_process = sh -c 'echo boom >&2; exit 3'\n",
            arguments: ["--profile", "p"], mentions: "credential_process"),
        Case(
            name: "credential_process prints garbage", config: "[profile p]\ncredential_process = echo not-json {\n",
            arguments: ["--profile", "p"], mentions: "credential_process"),
        Case(
            name: "credential_process hangs", config: "[profile p]\ncredential_process = sleep 600\n",
            arguments: ["--profile", "p"], mentions: "timed out", bound: .seconds(60)),
        Case(name: "bad --output", arguments: ["--output", "html"], mentions: "html", isUsage: true),
        Case(name: "bad --max-rate", arguments: ["--max-rate", "0"], mentions: "--max-rate", isUsage: true),
        Case(name: "bad --timeout", arguments: ["--timeout", "0"], mentions: "--timeout", isUsage: true),
        Case(
            name: "log file in a missing directory", arguments: ["--log-file", "/nonexistent-dir/x.log"], mentions: "--log-file",
            bound: .seconds(30)),
    ]

    @Test(arguments: cases)
    func brokenSetupIsOneClearLineAndANonZeroExit(_ item: Case) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-home-\(UUID().uuidString)")
        let aws = home.appendingPathComponent(".aws")
        try FileManager.default.createDirectory(at: aws, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        if let config = item.config {
            try config.write(to: aws.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        }
        if let credentials = item.credentials {
            try credentials.write(to: aws.appendingPathComponent("credentials"), atomically: true, encoding: .utf8)
        }
        if item.unreadableCredentials {
            try FileManager.default.createDirectory(
                at: aws.appendingPathComponent("credentials"), withIntermediateDirectories: true)
        }
        let environment =
            item.arguments.contains("--profile")
            ? ["HOME": home.path]
            : ["HOME": home.path, "AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "bad-config-secret"]
        let started = ContinuousClock.now
        let result = try await LenstailProcess.run(
            Self.follow + item.arguments, environment: environment, timeout: item.bound + .seconds(10))
        let elapsed = started.duration(to: .now)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        // A bad option is EX_USAGE (64), as the README says; a broken setup is a fatal error (1).
        #expect(result.status == (item.isUsage ? 64 : 1))
        #expect(lines.count == 1 || item.isUsage, "one line: \(result.stderr)")
        #expect(lines.first?.contains(item.mentions) == true, "\(result.stderr)")
        #expect(elapsed < item.bound, "took \(elapsed)")
        #expect(result.stdout.isEmpty)
        print("FIGURE config \(item.name): exit \(result.status) in \(elapsed): \(lines.first ?? "")")
    }
}
