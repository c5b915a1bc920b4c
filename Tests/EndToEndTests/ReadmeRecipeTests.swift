import Foundation
import Testing

/// README's recipes that need no AWS account, run as written by bash in a fresh HOME, with the
/// built lenstail first on PATH: what a newcomer pastes must work.
@Suite(.serialized) struct ReadmeRecipeTests {
    /// The lines of the README's shell block that begins with `first`.
    static func block(startingWith first: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0 == first }, "README has a block beginning \(first)")
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix("```") })
        return lines[start..<end].joined(separator: "\n")
    }

    /// Runs `recipe` in a new home (also the working directory); background jobs end with it.
    static func run(_ recipe: String, timeout: Duration) async throws -> LenstailProcess.Result {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-recipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        // Each background job in a process group of its own, so moto's server (a shim's child) ends too;
        // SIGKILL, as the runner's blocked SIGTERM is inherited.
        let script =
            "set -m\ntrap 'for job in $(jobs -p); do kill -KILL -- -$job 2>/dev/null; done' EXIT\nset -e\ncd \"$HOME\"\n"
            + recipe + "\n"
        let path = [
            LenstailProcess.binary.deletingLastPathComponent().path,
            ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        return try await LenstailProcess.run(
            ["-c", script], environment: ["HOME": home.path, "PATH": path.joined(separator: ":")], timeout: timeout,
            executable: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test func theKinesisRecipeFollowsASimulatedCallOnMotoToItsSummary() async throws {
        let recipe = try Self.block(
            startingWith: "export AWS_ACCESS_KEY_ID=AKIDLOCAL AWS_SECRET_ACCESS_KEY=local-secret AWS_DEFAULT_REGION=us-east-1")
        #expect(recipe.contains("lenstail follow --kinesis-stream"))
        let result = try await Self.run(recipe, timeout: .seconds(180))
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("Thank you for calling Northwind Mobile"), "stdout: \(result.stdout.prefix(500))")
        #expect(result.stdout.contains("SUMMARY  COMPLETED"), "the follow saw the call to its end")
    }
}
