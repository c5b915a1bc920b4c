import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

#if canImport(Glibc)
    import Glibc
#endif

/// mfa_serial: the code comes from an injected prompt, once; the terminal prompt reads it with
/// echo off, and without a terminal fails at once with one line.
@Suite struct MFAPromptTests {
    /// An STS that answers every AssumeRole with the same credentials.
    static func sts() throws -> StubHTTPServer {
        try StubHTTPServer { _ in
            .init(
                status: 200, headers: [("Content-Type", "text/xml")],
                body: """
                    <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>\
                    <AccessKeyId>ASIAMFA</AccessKeyId><SecretAccessKey>mfasecret</SecretAccessKey>\
                    <SessionToken>mfatoken</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>\
                    <AssumedRoleUser><Arn>arn:aws:sts::1:assumed-role/r/s</Arn></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>
                    """)
        }
    }

    static func home() throws -> TempAWSHome {
        let home = try TempAWSHome()
        try home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n")
        try home.writeConfig(
            "[profile dev]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\nmfa_serial = arn:aws:iam::1:mfa/ana\n")
        return home
    }

    @Test func theCodeReachesSTSWithTheSerialAndIsAskedOnce() async throws {
        let sts = try Self.sts()
        defer { sts.stop() }
        let home = try Self.home()
        let prompt = CountingMFAPrompt(code: "246810")
        let chain = CredentialChain(
            profile: "dev", environment: home.environment(["AWS_ENDPOINT_URL_STS": sts.url]),
            mfaPrompt: prompt)
        #expect(try await chain.resolve().credentials.accessKeyId == "ASIAMFA")
        let form = RecordingProxy.form(try #require(sts.requests.first))
        #expect(form["SerialNumber"] == "arn:aws:iam::1:mfa/ana")
        #expect(form["TokenCode"] == "246810")
        #expect(prompt.asked == ["arn:aws:iam::1:mfa/ana for dev"])

        // Renewing later (the full-screen view owns the terminal by then) cannot ask again.
        let error = await #expect(throws: CredentialError.self) { try await chain.resolve() }
        #expect(error?.kind == .mfaUnavailable)
        #expect(
            error?.description == "the role credentials of profile 'dev' expired and need a new MFA code for"
                + " arn:aws:iam::1:mfa/ana: restart lenstail to enter one (a longer duration_seconds makes this rarer)")
        #expect(prompt.asked.count == 1)
        #expect(sts.requests.count == 1)
    }

    @Test func withoutAPromptTheRoleFailsWithOneLine() async throws {
        let home = try Self.home()
        let error = await #expect(throws: CredentialError.self) {
            try await CredentialChain(
                profile: "dev", environment: home.environment(["AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9"])
            ).resolve()
        }
        #expect(error?.kind == .mfaUnavailable)
        #expect(error?.description.split(separator: "\n").count == 1)
        print("FIGURE mfa without prompt: \(error?.description ?? "")")
    }

    @Test func withoutATerminalThePromptFailsAtOnceWithOneLine() async throws {
        let started = ContinuousClock.now
        let error = await #expect(throws: CredentialError.self) {
            try await TerminalMFAPrompt(terminalPath: "/nonexistent/tty").code(
                forSerial: "arn:aws:iam::1:mfa/ana", profile: "dev")
        }
        // It does not wait for input that cannot come (bounded loosely: the whole suite loads two cores).
        #expect(started.duration(to: .now) < .seconds(30))
        #expect(error?.kind == .mfaUnavailable)
        #expect(
            error?.description == "profile 'dev' needs an MFA code for arn:aws:iam::1:mfa/ana, but there is no terminal"
                + " to type it in: run lenstail in a terminal, or use a profile without mfa_serial")
        print("FIGURE mfa without terminal: \(error?.description ?? "")")
    }

    /// A real pseudo-terminal: the prompt is shown, the code typed is read, and never echoed.
    @Test func theTerminalPromptReadsTheCodeWithEchoOff() async throws {
        let (master, terminal) = try PseudoTerminal.open()
        defer { close(master) }
        let asking = Task {
            try await TerminalMFAPrompt(terminalPath: terminal).code(forSerial: "arn:aws:iam::1:mfa/ana", profile: "dev")
        }
        var shown = try await Self.reading(master, until: ": ")
        #expect(shown == "Enter MFA code for arn:aws:iam::1:mfa/ana: ")
        _ = Array("135790\n".utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        #expect(try await asking.value == "135790")
        shown = try await Self.reading(master, until: "\n")
        #expect(!shown.contains("135790"), "the code was echoed: \(shown)")
        print("FIGURE mfa terminal prompt: read the code, echoed \(shown.debugDescription)")
    }

    /// `read` on a thread of its own: blocking one of the concurrency pool's two threads here
    /// could starve the prompt's own task on a loaded machine.
    static func reading(_ fd: Int32, until marker: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try read(fd, until: marker) }) }.start()
        }
    }

    /// Reads the pty's output until it ends with `marker`'s bytes (at most 60 s: a bound for a
    /// hang; under the whole suite the prompt's task has waited over 10 s for a thread).
    static func read(_ fd: Int32, until marker: String) throws -> String {
        var bytes: [UInt8] = []
        let deadline = ContinuousClock.now + .seconds(60)
        while !bytes.ends(with: Array(marker.utf8)) {
            guard ContinuousClock.now < deadline else {
                throw PseudoTerminal.Failure(message: "pty said only \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = Glibc.read(fd, &buffer, buffer.count)
            if count > 0 { bytes += buffer[0..<count] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}

/// Answers with a fixed code and remembers who asked.
final class CountingMFAPrompt: MFAPrompt, @unchecked Sendable {
    let code: String
    private let lock = NSLock()
    private var questions: [String] = []

    init(code: String) { self.code = code }

    var asked: [String] { lock.withLock { questions } }

    func code(forSerial serial: String, profile: String) async throws -> String {
        lock.withLock { questions.append("\(serial) for \(profile)") }
        return code
    }
}

/// A pseudo-terminal pair from libc's posix_openpt family, which Swift's Glibc module does not
/// export (they need _XOPEN_SOURCE): looked up by name instead.
enum PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// The master side's descriptor and the terminal's path (/dev/pts/N).
    static func open() throws -> (master: Int32, path: String) {
        typealias IntFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let libc = dlopen(nil, RTLD_NOW)
        guard let openpt = dlsym(libc, "posix_openpt"), let grant = dlsym(libc, "grantpt"),
            let unlock = dlsym(libc, "unlockpt"), let name = dlsym(libc, "ptsname")
        else {
            throw Failure(message: "libc has no posix_openpt")
        }
        let master = unsafeBitCast(openpt, to: IntFunction.self)(O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure(message: "posix_openpt failed") }
        guard unsafeBitCast(grant, to: IntFunction.self)(master) == 0, unsafeBitCast(unlock, to: IntFunction.self)(master) == 0,
            let path = unsafeBitCast(name, to: NameFunction.self)(master)
        else {
            close(master)
            throw Failure(message: "cannot set up the pseudo-terminal")
        }
        return (master, String(cString: path))
    }
}
