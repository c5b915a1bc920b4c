import Foundation
import Testing

/// README's recipes that need no AWS account, run as written by bash in a fresh HOME, with the
/// built lenstail first on PATH: what a newcomer pastes must work.
@Suite(.serialized) struct ReadmeRecipeTests {
    /// The README's shell block that holds the line `line`.
    static func block(holding line: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let at = try #require(lines.firstIndex { $0 == line }, "README has the line \(line)")
        let start = try #require(lines[..<at].lastIndex { $0.hasPrefix("```") }) + 1
        let end = try #require(lines[at...].firstIndex { $0.hasPrefix("```") })
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
            holding: "aws kinesis create-stream --stream-name segments --shard-count 4 --endpoint-url http://127.0.0.1:5000")
        let result = try await Self.run(recipe, timeout: .seconds(180))
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("Thank you for calling Northwind Mobile"), "stdout: \(result.stdout.prefix(500))")
        #expect(result.stdout.contains("SUMMARY  COMPLETED"), "the follow saw the call to its end")
    }

    @Test func theS3RecipeWritesTheDemosAnalysisFilesIntoMoto() async throws {
        let recipe = try Self.block(holding: "aws s3 mb s3://my-calls --endpoint-url http://127.0.0.1:5000")
        let result = try await Self.run(recipe, timeout: .seconds(120))
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(2000))")
        // The listing the recipe ends with: the demo call's raw and redacted files.
        let keys = result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(
            keys.contains { $0.hasPrefix("Analysis/Voice/") && $0.contains("b7e41c92-58da-4f06-8c3e-91a2d6f5e047_analysis_") })
        #expect(keys.contains { $0.hasPrefix("Analysis/Voice/Redacted/") }, "stdout: \(result.stdout)")
    }

    @Test func theEmulatorRecipeServesLenstailAndTheAWSCLI() async throws {
        let recipe = try Self.block(holding: "lenstail simulate --port 8123 --speed 10 & sleep 1")
        let result = try await Self.run(recipe, timeout: .seconds(120))
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("Thank you for calling Northwind Mobile"), "lenstail follow printed the call")
        #expect(result.stdout.contains("SUMMARY  COMPLETED"), "to its end")
        #expect(result.stdout.contains("\"Segments\""), "the AWS CLI printed the segments: \(result.stdout.suffix(500))")
    }
}
