import Foundation

/// Runs the built `lenstail` binary as a user would, with a bounded time.
struct LenstailProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle (what `swift test` just built).
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("lenstail")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/lenstail")
    }

    /// Runs `lenstail arguments…` with `environment` (nothing inherited but PATH), killing it after `timeout`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:],
        timeout: Duration = .seconds(60), executable: URL = binary
    ) async throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": FileManager.default.temporaryDirectory.path,
            // Never the real instance metadata address, whatever a test leaves unset.
            "AWS_EC2_METADATA_DISABLED": "true",
        ]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in exited.continuation.finish() }
        try process.run()
        // Blocking reads get threads of their own: on 2 cores they would otherwise take the
        // whole concurrency pool and starve the in-process emulator the child is calling.
        async let o = readToEnd(out.fileHandleForReading)
        async let e = readToEnd(err.fileHandleForReading)
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            kill(process.processIdentifier, SIGKILL)  // SIGTERM may be blocked: the runner's mask is inherited
        }
        for await _ in exited.stream {}
        watchdog.cancel()
        let (stdout, stderr) = await (o, e)
        // The read ends stay open until closed: a long run would pile them up.
        try? out.fileHandleForReading.close()
        try? err.fileHandleForReading.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private static func readToEnd(_ handle: FileHandle) async -> Data {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: handle.readDataToEndOfFile()) }.start()
        }
    }
}
