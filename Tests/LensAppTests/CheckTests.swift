import AWSClient
import ContactLensModel
import Foundation
import LensApp
import LensSimulator
import TestSupport
import Testing

/// `lenstail check` in every outcome that needs no real STS: the emulator stands for Contact Lens,
/// a stub for STS. Each ✗ line says the fix; nothing secret is ever printed.
@Suite struct CheckTests {
    /// "✓ clock within N s of AWS" for a clock in step: the `Date` header counts whole seconds, and
    /// the emulator's (Hummingbird's) is refreshed by a timer task that runs late on a loaded
    /// machine (4 s seen with the whole suite on two cores).
    static func isClockInStep(_ line: String) -> Bool {
        guard let match = line.wholeMatch(of: /✓ clock within (\d+) s of AWS/), let seconds = Int(match.1) else { return false }
        return seconds <= 10
    }

    /// Neither the secret nor a 12-character piece of it appears.
    static func expectNoSecret(_ output: String, _ secrets: [String] = [CheckBench.secret]) {
        for secret in secrets {
            #expect(!output.contains(secret) && !output.contains(secret.prefix(12)), "a secret in: \(output)")
        }
    }

    static func figure(_ name: String, _ result: CheckBench.Result) {
        print(
            "FIGURE check \(name): \(result.passed ? "exit 0" : "exit 1")\n"
                + result.lines.map { "    \($0)" }.joined(separator: "\n"))
    }

    @Test func noRegionFailsAndSaysWhereToSetIt() async throws {
        let sts = try StubSTS.identity()
        defer { sts.stop() }
        var bench = CheckBench(sts: sts.url)
        bench.settings.region = nil
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(
            Array(result.lines.prefix(5)) == [
                "✗ no region — pass --region, set AWS_REGION, or add region to profile 'default'",
                "- endpoint not checked: it depends on the region",
                "✓ credentials from environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
                "✓ identity arn:aws:sts::111122223333:assumed-role/Supervisor/ana (account 111122223333)",
                "- contact \(CheckBench.contactId) not checked: it needs the region, endpoint and credentials above",
            ])
        #expect(Self.isClockInStep(result.lines[5]), "\(result.lines[5])")
        #expect(result.requests.isEmpty)
        Self.figure("no region", result)
    }

    /// A near miss of a region AWS lists is a typo: said with the region meant, and what needs the
    /// region is not tried with the wrong one.
    @Test func aMistypedRegionSaysWhichOneWasMeant() async throws {
        let sts = try StubSTS.identity()
        defer { sts.stop() }
        var bench = CheckBench(sts: sts.url)
        bench.settings.region = "us-eats-1"
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(
            Array(result.lines.prefix(2)) == [
                "✗ region us-eats-1 (from --region) is not one AWS lists — did you mean us-east-1?",
                "- endpoint not checked: it depends on the region",
            ])
        #expect(result.requests.isEmpty)
    }

    @Test func noCredentialsFailsAndTheRestIsNotTried() async throws {
        var bench = CheckBench(sts: nil)
        bench.variables = [:]
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(result.lines.count == 6)
        #expect(
            result.lines[2].hasPrefix(
                "✗ credentials: no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
                    + " or use --profile (looked in: env, "))
        #expect(
            Array(result.lines[3...]) == [
                "- identity not checked: it needs credentials",
                "- contact \(CheckBench.contactId) not checked: it needs the region, endpoint and credentials above",
                "- clock not checked: no answer from AWS to compare it with",
            ])
        Self.figure("no credentials", result)
    }

    @Test func aWrongSecretIsRefusedByBothAndSaysToCheckIt() async throws {
        let sts = try StubSTS.refusing(
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the"
                + " signature you provided. Check your AWS Secret Access Key and signing method.")
        defer { sts.stop() }
        var bench = CheckBench(sts: sts.url)
        let wrong = "wrong-secret-9d8c7b6a5f4e3d2c1b0a"
        bench.variables["AWS_SECRET_ACCESS_KEY"] = wrong
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(
            result.lines[3] == "✗ identity: STS GetCallerIdentity failed: SignatureDoesNotMatch: The request signature we"
                + " calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method."
                + " — the secret access key does not belong to the access key id: check it")
        #expect(
            result.lines[4].hasPrefix(
                "✗ contact \(CheckBench.contactId): the request signature was refused: The request"
                    + " signature we calculated does not match"))
        #expect(result.lines[4].hasSuffix("— the secret access key does not belong to the access key id: check it"))
        #expect(Self.isClockInStep(result.lines[5]), "\(result.lines[5])")
        #expect(result.requests.map(\.status) == [403], "one call, not signed again: it is not the clock")
        Self.expectNoSecret(result.output, [CheckBench.secret, wrong])
        Self.figure("wrong secret", result)
    }

    @Test func anUnknownAccessKeyIsNamedAsSuch() async throws {
        let sts = try StubSTS.refusing("InvalidClientTokenId", "The security token included in the request is invalid.")
        defer { sts.stop() }
        var bench = CheckBench(sts: sts.url)
        bench.variables["AWS_ACCESS_KEY_ID"] = "AKIDNOBODYKNOWS"
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(
            result.lines[3].hasSuffix(
                "— AWS does not know this access key (deleted, mistyped, or of another partition):"
                    + " check or refresh the credentials"))
        #expect(
            result.lines[4] == "✗ contact \(CheckBench.contactId): UnrecognizedClientException: The security token included"
                + " in the request is invalid. — AWS does not know this access key or session token: check or refresh the credentials"
        )
        Self.figure("unknown access key", result)
    }

    /// One segment is "1 segment", not "1 segments".
    @Test func aCallOfOneSegmentIsCountedInTheSingular() async throws {
        let sts = try StubSTS.identity()
        defer { sts.stop() }
        var bench = CheckBench(sts: sts.url)
        let turn = Transcript(
            id: "t1", participantId: "AGENT", participantRole: "AGENT", content: "Hello", beginOffsetMillis: 0,
            endOffsetMillis: 900, sentiment: .neutral)
        bench.simulator.scenario = Scenario(contacts: [
            ScenarioContact(
                instanceId: CheckBench.instanceId, contactId: CheckBench.contactId, segments: [ScenarioSegment(.transcript(turn))]
            )
        ])
        let result = try await bench.run()
        #expect(result.output.contains("analysis complete (1 segment)"), "\(result.output)")
    }

    @Test func aBadEndpointFailsAndTheCallIsNotMade() async throws {
        let sts = try StubSTS.identity()
        defer { sts.stop() }
        var bench = CheckBench(sts: sts.url)
        bench.settings.endpointURL = "ftp://127.0.0.1:21"
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(
            result.lines[1] == "✗ endpoint: invalid endpoint URL 'ftp://127.0.0.1:21' (from --endpoint-url): the scheme"
                + " must be https or http — correct it, or leave it out for the AWS endpoint of us-east-1")
        #expect(result.lines[4].hasPrefix("- contact"))
        #expect(result.requests.isEmpty)
    }

    @Test func anMFARoleWithoutATerminalIsOneClearLine() async throws {
        var bench = CheckBench(sts: "http://127.0.0.1:9")
        bench.variables = [:]
        bench.settings.profile = "dev"
        bench.settings.mfaPrompt = TerminalMFAPrompt(terminalPath: "/nonexistent/tty")
        bench.files = [
            ".aws/credentials": "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = \(CheckBench.secret)\n",
            ".aws/config": "[profile dev]\nrole_arn = arn:aws:iam::111122223333:role/Supervisor\nsource_profile = base\n"
                + "mfa_serial = arn:aws:iam::111122223333:mfa/ana\n",
        ]
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(
            result.lines[2] == "✗ credentials: profile 'dev' needs an MFA code for arn:aws:iam::111122223333:mfa/ana, but"
                + " there is no terminal to type it in: run lenstail in a terminal, or use a profile without mfa_serial")
        Self.expectNoSecret(result.output)
        Self.figure("mfa without a terminal", result)
    }

    @Test func hostileNamesReachTheTerminalAsPlainText() async throws {
        var bench = CheckBench(sts: nil)
        bench.variables = [:]
        bench.settings.profile = "dev\u{1B}]0;pwned\u{07}\u{1B}[31m"
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{07}"))
        #expect(result.lines[2].hasPrefix("✗ credentials: profile 'dev"))
    }
}
