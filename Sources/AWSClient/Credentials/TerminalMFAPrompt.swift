import FoundationEssentials
import LensBasics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an MFA code from the controlling terminal with echo off, as the AWS CLI's getpass does.
/// The CLI asks before the full-screen view opens. Without a terminal (a pipe, cron, CI) it
/// fails at once with one clear line instead of waiting for input that never comes.
package struct TerminalMFAPrompt: MFAPrompt {
    /// The terminal to open; /dev/tty is the process's controlling terminal.
    package let terminalPath: String

    package init(terminalPath: String = "/dev/tty") {
        self.terminalPath = terminalPath
    }

    package func code(forSerial serial: String, profile: String) async throws -> String {
        // A blocking read: on a thread of its own, never on the concurrency pool.
        try await withCheckedThrowingContinuation { continuation in
            let started = DetachedThread.start {
                continuation.resume(with: Result { try readCode(serial: serial, profile: profile) })
            }
            if !started {
                continuation.resume(throwing: CredentialError(.mfaUnavailable, "cannot start a thread to read the MFA code"))
            }
        }
    }

    private func readCode(serial: String, profile: String) throws -> String {
        let fd = open(terminalPath, O_RDWR | O_NOCTTY)
        guard fd >= 0 else {
            throw CredentialError(
                .mfaUnavailable,
                "profile '\(profile)' needs an MFA code for \(serial), but there is"
                    + " no terminal to type it in: run lenstail in a terminal, or use a profile without mfa_serial")
        }
        defer { close(fd) }
        // Echo off (and input typed ahead dropped) before the prompt shows, so no code is ever echoed.
        var saved = termios()
        let isTerminal = tcgetattr(fd, &saved) == 0
        if isTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        put(fd, "Enter MFA code for \(serial): ")
        defer {
            if isTerminal { tcsetattr(fd, TCSAFLUSH, &saved) }
            put(fd, "\n")
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count < 64 {
            let count = read(fd, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            line.append(byte)
        }
        let code = String(decoding: line, as: UTF8.self).trimmed()
        guard !code.isEmpty else {
            throw CredentialError(.mfaUnavailable, "no MFA code was entered for \(serial) (profile '\(profile)')")
        }
        return code
    }

    private func put(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
