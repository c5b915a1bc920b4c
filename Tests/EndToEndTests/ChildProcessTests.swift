import Foundation
import TestSupport
import Testing

/// A credential_process still running when lenstail is told to stop is stopped with it: it leads
/// a process group of its own, which neither the terminal's Ctrl-C nor a kill of lenstail reaches.
@Suite(.serialized) struct ChildProcessTests {
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalToLenstailStopsItsCredentialProcess(signal number: Int32) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".aws"), withIntermediateDirectories: true)
        let pidFile = home.appendingPathComponent("child.pid").path
        try """
        [profile slow]
        region = us-east-1
        credential_process = /bin/sh -c 'echo $$ > \(pidFile); exec sleep 60'
        """.write(to: home.appendingPathComponent(".aws/config"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = LenstailProcess.binary
        process.arguments = [
            "follow", "--profile", "slow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId, "--output",
            "text",
            "--endpoint-url", "http://127.0.0.1:9",
        ]
        process.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in exited.continuation.finish() }
        try process.run()
        defer { kill(process.processIdentifier, SIGKILL) }
        var child: pid_t?
        for _ in 0..<200 where child == nil {
            try await Task.sleep(for: .milliseconds(50))
            child = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap {
                pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        let pid = try #require(child, "the credential_process started")
        #expect(kill(pid, 0) == 0, "it runs")
        kill(process.processIdentifier, number)
        for await _ in exited.stream {}
        #expect(
            process.terminationReason == .uncaughtSignal && process.terminationStatus == number,
            "lenstail ends by the signal (the shell's 128 + \(number))")
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(pid, 0) != 0 || Self.isZombie(pid)
            if !gone { try await Task.sleep(for: .milliseconds(20)) }
        }
        if !gone { kill(-pid, SIGKILL) }
        #expect(gone, "the credential_process was stopped with lenstail")
    }

    /// Killed but not yet reaped by whoever inherited it (the container's init may be slow to).
    static func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[close...].dropFirst(2).first == "Z"
    }
}
