import Foundation
import Testing

/// Writing to standard output fails loudly, except when the reader went away (`| head`), which
/// ends lenstail quietly with the same status whatever it was doing.
@Suite(.serialized) struct OutputFailureTests {
    static let recording: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-out-\(UUID().uuidString).jsonl").path
        return path
    }()

    /// `command | head -1` through bash: lenstail's exit status (PIPESTATUS) and its stderr.
    static func piped(_ arguments: String) async throws -> (status: String, stderr: String) {
        let binary = LenstailProcess.binary.path
        let result = try await LenstailProcess.run(
            [
                "-c",
                "\(binary) \(arguments) 2>/tmp/lenstail-pipe-err-$$ | head -1 >/dev/null; s=${PIPESTATUS[0]}; cat /tmp/lenstail-pipe-err-$$ >&2; rm -f /tmp/lenstail-pipe-err-$$; echo $s",
            ],
            timeout: .seconds(60), executable: URL(fileURLWithPath: "/bin/bash"))
        return (result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), result.stderr)
    }

    @Test func aClosedPipeEndsEveryModeQuietlyWithStatusZero() async throws {
        let made = try await LenstailProcess.run([
            "demo", "--speed", "200", "--max-rate", "50", "--poll-interval", "0.05",
            "--output", "text", "--record", Self.recording,
        ])
        #expect(made.status == 0)
        for arguments in [
            "replay \(Self.recording) --output text", "replay \(Self.recording) --output jsonl",
            "export \(Self.recording)", "export \(Self.recording) --format json",
            "demo --speed 200 --max-rate 50 --poll-interval 0.05 --output text",
        ] {
            let (status, stderr) = try await Self.piped(arguments)
            #expect(status == "0", "\(arguments): \(status)")
            #expect(!stderr.contains("error") && !stderr.contains("Broken pipe"), "\(arguments): \(stderr)")
        }
    }

    @Test func aFullDiskIsOneLineAndStatusOne() async throws {
        if !FileManager.default.fileExists(atPath: Self.recording) {
            _ = try await LenstailProcess.run([
                "demo", "--speed", "200", "--max-rate", "50", "--poll-interval", "0.05",
                "--output", "text", "--record", Self.recording,
            ])
        }
        let result = try await LenstailProcess.run(
            ["-c", "\(LenstailProcess.binary.path) replay \(Self.recording) --output text > /dev/full"],
            timeout: .seconds(60), executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 1)
        #expect(result.stderr == "lenstail: error: cannot write to standard output: no space left on device\n")
    }
}
