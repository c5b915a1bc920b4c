import AWSClient
import Foundation
import LensApp
import LensSimulator
import TestSupport
import Testing

/// `lenstail check` with moto's server as STS: every line passing, access denied, a contact not
/// found, a clock 7 minutes 12 seconds slow, and an MFA role whose code never shows.
@Suite(
    .serialized, .motoServer,
    .enabled(
        if: MotoServer.installedPath != nil || MotoServer.isCI,
        "moto_server is not installed (pip install 'moto[server]')"))
struct CheckMotoTests {
    func moto() throws -> MotoServer {
        try #require(MotoServer.current, "CI=true but moto_server is not on PATH")
    }

    static let motoUser = "✓ identity arn:aws:sts::123456789012:user/moto (account 123456789012)"

    @Test func everythingInPlaceIsAllTicksAndExitZero() async throws {
        let result = try await CheckBench(sts: try moto().url).run()
        #expect(result.passed)
        #expect(result.lines.count == 6)
        #expect(
            Array(result.lines.prefix(4)) == [
                "✓ region us-east-1 (from --region)",
                "✓ endpoint http://127.0.0.1:\(result.emulatorPort) (from --endpoint-url)",
                "✓ credentials from environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
                Self.motoUser,
            ])
        #expect(
            result.lines[4].hasPrefix(
                "✓ contact \(CheckBench.contactId): permission to"
                    + " connect:ListRealtimeContactAnalysisSegments, analysis complete ("))
        #expect(CheckTests.isClockInStep(result.lines[5]), "\(result.lines[5])")
        #expect(result.requests.map(\.status) == [200], "one call")
        CheckTests.expectNoSecret(result.output)
        CheckTests.figure("all in place", result)
    }

    @Test func aLiveCallSaysSoAndWithoutIdsNoCallIsMade() async throws {
        var bench = CheckBench(sts: try moto().url)
        bench.simulator.speed = 1
        let live = try await bench.run()
        #expect(live.passed)
        #expect(live.lines[4].contains("analysis live"))
        bench.ids = nil
        let plain = try await bench.run()
        #expect(plain.passed)
        #expect(plain.lines.count == 5)
        #expect(plain.requests.isEmpty)
        CheckTests.figure("live call", live)
    }

    @Test func accessDeniedNamesThePolicyAndTheIdentity() async throws {
        var bench = CheckBench(sts: try moto().url)
        bench.simulator.deniedAccessKeys = [CheckBench.keys.accessKeyId]
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(result.lines[3] == Self.motoUser)
        #expect(
            result.lines[4] == "✗ contact \(CheckBench.contactId): access denied: User with access key AKIDCHECKBENCH is not"
                + " authorized to perform: connect:ListRealtimeContactAnalysisSegments on resource: instance/\(CheckBench.instanceId)"
                + "/contact/\(CheckBench.contactId) — attach the policy in the README (connect:ListRealtimeContactAnalysisSegments on"
                + " instance \(CheckBench.instanceId)/contact/*) to the identity arn:aws:sts::123456789012:user/moto")
        CheckTests.figure("access denied", result)
    }

    @Test func aContactNotFoundSaysWhatToCheck() async throws {
        var bench = CheckBench(sts: try moto().url)
        let missing = "00000000-1111-2222-3333-444444444444"
        bench.ids = (CheckBench.instanceId, missing)
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(
            result.lines[4] == "✗ contact \(missing): not found in instance \(CheckBench.instanceId): Contact \(missing) not"
                + " found in instance \(CheckBench.instanceId) — check the ids and the region (us-east-1); real-time analysis must be"
                + " on for the call, and data is kept 24 h; a call whose analysis has not started yet answers the same: run check"
                + " again in a few seconds")
        CheckTests.figure("contact not found", result)
    }

    /// This machine 7 min 12 s slow: moto does not mind, the emulator refuses once like AWS, the
    /// request is signed again with the offset and passes; the clock line fails with the fix.
    @Test func aSlowClockIsCorrectedAndReported() async throws {
        var bench = CheckBench(sts: try moto().url)
        bench.settings.now = { Date().addingTimeInterval(-432) }
        let result = try await bench.run()
        #expect(!result.passed)
        #expect(result.lines[4].hasPrefix("✓ contact"))
        #expect(result.requests.map(\.status) == [403, 200])
        #expect(result.requests.first?.errorCode == "InvalidSignatureException")
        // 432 s, measured through the emulator's Date header (whole seconds, late on a loaded machine).
        let measured = result.lines[5].firstMatch(of: /^✗ clock 7 min (\d+) s behind AWS/).flatMap { Int($0.1) }
        #expect(measured.map { (2...13).contains($0) } == true, "\(result.lines[5])")
        #expect(
            result.lines[5].hasSuffix(
                " behind AWS (a request was refused for it and signed again with the offset) — AWS"
                    + " refuses signatures more than 5 min off, so lenstail signs such requests again with the offset; fix the clock"
                    + " (timedatectl set-ntp true)"))
        CheckTests.figure("slow clock", result)
    }

    @Test func anMFARoleAsksForTheCodeAndNeverShowsIt() async throws {
        var bench = CheckBench(sts: try moto().url)
        let code = "864209"
        bench.variables = [:]
        bench.settings.profile = "dev"
        bench.settings.mfaPrompt = FixedMFAPrompt(code: code)
        bench.files = [
            ".aws/credentials": "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = \(CheckBench.secret)\n",
            ".aws/config": "[profile dev]\nrole_arn = arn:aws:iam::111122223333:role/Supervisor\nsource_profile = base\n"
                + "mfa_serial = arn:aws:iam::111122223333:mfa/ana\nrole_session_name = ana\n",
        ]
        bench.simulator.credentials = []  // the role's keys are moto's: the emulator will not know them
        bench.ids = nil
        let result = try await bench.run()
        #expect(result.passed)
        #expect(
            result.lines[2].hasPrefix(
                "✓ credentials from assumed role arn:aws:iam::111122223333:role/Supervisor via"
                    + " profile 'dev' (source profile 'base'), expiring in "))
        #expect(result.lines[3] == "✓ identity arn:aws:sts::111122223333:assumed-role/Supervisor/ana (account 111122223333)")
        #expect(!result.output.contains(code))
        CheckTests.expectNoSecret(result.output)
        CheckTests.figure("mfa role", result)
    }
}

/// Answers every MFA question with the same code.
struct FixedMFAPrompt: MFAPrompt {
    let code: String
    func code(forSerial serial: String, profile: String) async throws -> String { code }
}
