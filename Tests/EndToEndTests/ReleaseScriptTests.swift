import Foundation
import Testing

/// `scripts/release.sh` as a user runs it: what it packs, that the checksum file checks, that the
/// packed binary runs, and one clear line for a bad argument. `--binary` packs the debug build so
/// the test does not wait for a static release build (15-30 min).
@Suite struct ReleaseScriptTests {
    static let script = BenchGateTests.root.appendingPathComponent("scripts/release.sh").path

    static func shell(_ arguments: [String], in directory: URL? = nil) async throws -> LenstailProcess.Result {
        let command = (directory.map { ["cd", $0.path, "&&"] } ?? []) + arguments.map { "'\($0)'" }
        return try await LenstailProcess.run(
            ["-c", command.joined(separator: " ")], timeout: .seconds(600), executable: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test func packsTheBinaryManualPagesAndCompletionsWithAChecksum() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let packed = try await Self.shell([Self.script, "--binary", LenstailProcess.binary.path, "--out", out.path])
        #expect(packed.status == 0, "\(packed.stderr)")
        let version = try await LenstailProcess.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = "lenstail-\(version)-linux-x86_64"
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["\(name).tar.gz", "\(name).tar.gz.sha256"])

        let check = try await Self.shell(["sha256sum", "-c", "\(name).tar.gz.sha256"], in: out)
        #expect(check.status == 0 && check.stdout.contains("\(name).tar.gz: OK"), "\(check.stdout)\(check.stderr)")
        let listing = try await Self.shell(["tar", "tzf", "\(name).tar.gz"], in: out)
        let entries = Set(listing.stdout.split(separator: "\n").map(String.init))
        let pages = try FileManager.default.contentsOfDirectory(atPath: BenchGateTests.root.path + "/Docs/man")
        #expect(pages.count >= 9)
        for page in pages { #expect(entries.contains("\(name)/man/man1/\(page)")) }
        for file in ["lenstail", "README.md", "completions/lenstail.bash", "completions/_lenstail", "completions/lenstail.fish"] {
            #expect(entries.contains("\(name)/\(file)"), "\(file) not in \(entries.sorted())")
        }

        let unpacked = try await Self.shell(["tar", "xzf", "\(name).tar.gz"], in: out)
        #expect(unpacked.status == 0)
        let binary = out.appendingPathComponent("\(name)/lenstail")
        let ran = try await LenstailProcess.run(["--version"], executable: binary)
        #expect(ran.status == 0 && ran.stdout == "\(version)\n")
        let symbols = try await Self.shell(["nm", binary.path])
        #expect(symbols.stderr.contains("no symbols"), "the packed binary is not stripped")
        let bash = try String(
            contentsOf: out.appendingPathComponent("\(name)/completions/lenstail.bash"), encoding: .utf8)
        #expect(bash.contains("complete") && bash.contains("follow") && bash.contains("--instance-id"))
    }

    /// A binary that carries ICU's data (full Foundation came back) is not packed.
    @Test func aBinaryWithFullFoundationIsRefused() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("release-icu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("lenstail")
        try Data("#!/bin/sh\n# icudt76l-coll/root.res\necho 0.1.0\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let result = try await Self.shell([Self.script, "--binary", fake.path, "--out", dir.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ICU's data") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func aBadArgumentIsOneLineAndExit64() async throws {
        for arguments in [["--bogus"], ["--out"], ["--binary", "/nonexistent/lenstail"]] {
            let result = try await Self.shell([Self.script] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
    }
}
