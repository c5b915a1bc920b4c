import AWSSigV4
import Foundation
import Testing

@testable import AWSClient

/// credential_process: real /bin/sh scripts, bounded by a timeout, never leaking stdout into errors.
@Suite struct CredentialProcessTests {
    /// A profile "p" whose credential_process runs `body` as a script.
    static func chain(_ body: String, timeout: Duration = .seconds(30)) throws -> (CredentialChain, TempAWSHome) {
        let home = try TempAWSHome()
        let script = try home.script("creds.sh", body)
        try home.writeConfig("[profile p]\ncredential_process = \(script) --flag\n")
        return (CredentialChain(profile: "p", environment: home.environment(), processTimeout: timeout), home)
    }

    static func failure(_ body: String, timeout: Duration = .seconds(30)) async throws -> CredentialError? {
        let (chain, home) = try chain(body, timeout: timeout)
        let error = await #expect(throws: CredentialError.self) { try await chain.resolve() }
        withExtendedLifetime(home) {}
        return error
    }

    @Test func readsTheJSONItPrints() async throws {
        let expiry = RFC3339.format(Date().addingTimeInterval(3600))
        let (chain, home) = try Self.chain(
            """
            [ "$1" = --flag ] || exit 9
            printf '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "procsecret",'
            printf ' "SessionToken": "proctoken", "Expiration": "%s"}' \(expiry)
            """)
        let resolved = try await chain.resolve()
        #expect(
            resolved.credentials
                == AWSCredentials(
                    accessKeyId: "AKIDPROC", secretAccessKey: "procsecret",
                    sessionToken: "proctoken"))
        #expect(resolved.expiration.map(RFC3339.format) == expiry)
        #expect(resolved.source == "credential_process of profile 'p' (\(home.configPath))")
    }

    @Test func acceptsFractionalSecondsAndNoToken() async throws {
        let (chain, home) = try Self.chain(
            #"echo '{"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2999-01-02T03:04:05.678+00:00"}'"#)
        let resolved = try await chain.resolve()
        #expect(resolved.credentials.sessionToken == nil)
        #expect(resolved.expiration.map(RFC3339.format) == "2999-01-02T03:04:05Z")
        withExtendedLifetime(home) {}
    }

    @Test func aFailingCommandReportsItsExitAndFirstStderrLine() async throws {
        let error = try await Self.failure(
            """
            echo '{"Version":1,"AccessKeyId":"A","SecretAccessKey":"STDOUTSECRET"}'
            echo >&2
            echo '  token expired, run aws sso login  ' >&2
            echo 'second line' >&2
            exit 3
            """)
        #expect(error?.kind == .processFailed)
        #expect(error?.description == "credential_process for profile 'p' failed (exit 3): token expired, run aws sso login")
    }

    @Test func aLongStderrLineIsCut() async throws {
        let error = try await Self.failure("printf '%0500d' 0 >&2; exit 1")
        #expect(error?.kind == .processFailed)
        #expect((error?.description.count ?? 0) < 300)
    }

    @Test func aHangingCommandIsKilledAtTheTimeout() async throws {
        let home = try TempAWSHome()
        let pidFile = home.root + "/grandchild.pid"
        // The backgrounded grandchild holds stdout open; only killing the process group frees it.
        let script = try home.script("hang.sh", "sh -c 'echo $$ > \(pidFile); exec sleep 60' &\nsleep 60")
        try home.writeConfig("[profile p]\ncredential_process = \(script)\n")
        let chain = CredentialChain(profile: "p", environment: home.environment(), processTimeout: .seconds(1))
        let started = ContinuousClock.now
        let error = await #expect(throws: CredentialError.self) { try await chain.resolve() }
        // A bound for a hang, not for speed: the script itself would run 60 s; a loaded machine takes >10 s to kill it.
        #expect(ContinuousClock.now - started < .seconds(45))
        #expect(error?.kind == .processTimedOut)
        #expect(error?.description == "credential_process for profile 'p' timed out after 1 s")
        let pid = try #require(
            Int32(
                String(contentsOfFile: pidFile, encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        let deadline = ContinuousClock.now + .seconds(5)
        while isAlive(pid), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!isAlive(pid), "the grandchild survived the timeout")
    }

    /// Alive and not a zombie (a container's PID 1 may never reap orphans).
    private func isAlive(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return !stat[close...].hasPrefix(") Z")
    }

    @Test func largeOutputOnBothPipesDoesNotDeadlock() async throws {
        let (chain, home) = try Self.chain(
            """
            head -c 400000 /dev/zero | tr '\\0' 'e' >&2
            head -c 400000 /dev/zero | tr '\\0' ' '
            echo '{"Version":1,"AccessKeyId":"ABIG","SecretAccessKey":"S"}'
            """)
        #expect(try await chain.resolve().credentials.accessKeyId == "ABIG")
        withExtendedLifetime(home) {}
    }

    @Test(arguments: [
        ("echo 'hello GARBAGESECRET'", "printed output that is not the expected JSON (Version 1, AccessKeyId, SecretAccessKey)"),
        ("true", "printed output that is not the expected JSON (Version 1, AccessKeyId, SecretAccessKey)"),
        (#"echo '{"Version":2,"AccessKeyId":"A","SecretAccessKey":"GARBAGESECRET"}'"#, "printed JSON with Version 2"),
        (#"echo '{"AccessKeyId":"A","SecretAccessKey":"GARBAGESECRET"}'"#, "printed JSON with no numeric Version"),
        (#"echo '{"Version":1,"AccessKeyId":"A"}'"#, "printed JSON without AccessKeyId or SecretAccessKey"),
        (
            #"echo '{"Version":1,"AccessKeyId":"A","SecretAccessKey":"GARBAGESECRET","Expiration":"soon"}'"#,
            "printed an Expiration that is not an RFC 3339 time"
        ),
    ])
    func unexpectedOutputIsRefusedWithoutEchoingIt(body: String, expected: String) async throws {
        let error = try await Self.failure(body)
        #expect(error?.kind == .processInvalidOutput)
        #expect(error?.description.contains("credential_process for profile 'p' \(expected)") == true)
        #expect(error?.description.contains("GARBAGESECRET") == false)
    }

    @Test func alreadyExpiredCredentialsAreRefused() async throws {
        let error = try await Self.failure(
            #"echo '{"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2001-02-03T04:05:06Z"}'"#)
        #expect(error?.kind == .expired)
        #expect(
            error?.description == "credential_process for profile 'p' returned credentials that expired at 2001-02-03T04:05:06Z")
    }

    @Test func theProcessSeesTheInjectedEnvironmentAndNoStdin() async throws {
        let home = try TempAWSHome()
        let script = try home.script(
            "env.sh",
            """
            read line && exit 7
            printf '{"Version":1,"AccessKeyId":"%s","SecretAccessKey":"S"}' "$LENSTAIL_TEST_VALUE"
            """)
        try home.writeConfig("[profile p]\ncredential_process = \(script)\n")
        let env = home.environment(["LENSTAIL_TEST_VALUE": "AKIDFROMENV"])
        #expect(try await CredentialChain(profile: "p", environment: env).resolve().credentials.accessKeyId == "AKIDFROMENV")
    }
}
