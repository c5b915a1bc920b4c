import Foundation
import Testing

@testable import LensBasics

/// `/bin/sh` children as `Process` started them: outputs through pipes, the exit status or the
/// signal, the environment given, a process group of its own, none of lenstail's descriptors.
@Suite struct ShellChildTests {
    static func run(_ command: String, environment: [String: String]? = nil) async throws -> (ShellChild.Exit, String, String) {
        let child = try ShellChild.spawn(command, environment: environment, stdin: .null, stdout: .pipe, stderr: .pipe)
        async let out = readToEnd(child.stdout!)
        async let err = readToEnd(child.stderr!)
        let exit = await withCheckedContinuation { continuation in child.onExit { continuation.resume(returning: $0) } }
        let (stdout, stderr) = await (out, err)
        return (exit, stdout, stderr)
    }

    /// Reads a pipe to its end on a thread of its own (a blocking read must not hold the test pool), then closes it.
    static func readToEnd(_ fd: Int32) async -> String {
        await withCheckedContinuation { continuation in
            DetachedThread.start {
                let bytes = (try? FileBytes.readToEnd(fd)) ?? []
                close(fd)
                continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    @Test func outputsExitStatusAndEnvironment() async throws {
        let (exit, out, err) = try await Self.run(
            "echo out; echo err >&2; echo \"$GREETING\"; exit 3", environment: ["GREETING": "hi"])
        #expect(exit == .exited(3))
        #expect(out == "out\nhi\n")
        #expect(err == "err\n")
        let (_, inherited, _) = try await Self.run("echo ${PATH:+set}")
        #expect(inherited == "set\n")
    }

    @Test func aSignalIsReportedAsSuch() async throws {
        let (exit, _, _) = try await Self.run("kill -TERM $$")
        #expect(exit == .signaled(SIGTERM))
    }

    @Test func theChildLeadsItsOwnGroupWithSignalsAtDefaultAndNoInheritedDescriptors() async throws {
        signal(SIGPIPE, SIG_IGN)  // as lenstail has it: the child must not inherit the ignored signal
        var spare: [Int32] = [0, 0]
        #expect(pipe(&spare) == 0)  // no close-on-exec: only closefrom keeps it from the child
        defer { for fd in spare { close(fd) } }
        let (_, out, _) = try await Self.run(
            "ps -o pgid= -p $$ | tr -d ' '; echo $$; grep '^SigIgn' /proc/$$/status; ls /proc/$$/fd | sort -n | tr '\\n' ' '")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(out)")
        #expect(lines[0] == lines[1], "not a group leader: \(out)")
        // SIGHUP, SIGINT, SIGPIPE and SIGTERM are not ignored (bits 0, 1, 12, 14 of the mask).
        let ignored = UInt64(lines[2].split(separator: "\t").last ?? "", radix: 16) ?? .max
        #expect(ignored & (1 << 0 | 1 << 1 | 1 << 12 | 1 << 14) == 0, "signals ignored in the child: \(lines[2])")
        // 0, 1, 2 and the descriptor `ls` opened on /proc/…/fd (3): nothing of the parent's.
        #expect(lines[3].split(separator: " ").allSatisfy { Int($0)! <= 3 }, "\(lines[3])")
    }

    @Test func standardInputFromAPipe() async throws {
        let child = try ShellChild.spawn("tr a-z A-Z", environment: nil, stdin: .pipe, stdout: .pipe, stderr: .null)
        #expect(FileBytes.write(Array("shout\n".utf8), to: child.stdin!))
        close(child.stdin!)
        let out = await Self.readToEnd(child.stdout!)
        let exit = await withCheckedContinuation { continuation in child.onExit { continuation.resume(returning: $0) } }
        #expect(exit == .exited(0))
        #expect(out == "SHOUT\n")
    }
}
