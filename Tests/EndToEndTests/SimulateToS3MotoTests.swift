import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `lenstail simulate --to-s3` writing into an S3 nobody here wrote (moto's, on loopback): a
/// voice call's and a chat's analysis files, raw and redacted, under the keys Contact Lens uses;
/// then `replay --from-s3` finds and reads them back (Amazon Connect is the emulator's).
@Suite(
    .serialized, .motoServer,
    .enabled(if: MotoServer.installedPath != nil || MotoServer.isCI, "moto_server is not installed (pip install 'moto[server]')"))
struct SimulateToS3MotoTests {
    static let bucket = "lenstail-simulated"

    @Test func theScenariosFilesAreWrittenAsContactLensLaysThemOutAndReadBack() async throws {
        let moto = try #require(MotoServer.current, "CI=true but moto_server is not on PATH")
        var create = URLRequest(url: URL(string: "\(moto.url)/\(Self.bucket)")!)
        create.httpMethod = "PUT"
        _ = try await URLSession.shared.data(for: create)

        // A voice call and a chat, as a scenario file.
        let voice = try #require(Scenario.demo.contacts.first)
        let chat = try #require(Scenario.chatDemo.contacts.first)
        #expect(voice.contactId != chat.contactId && !voice.isChat && chat.isChat)
        let scenario = Scenario(contacts: [voice, chat])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("to-s3-\(UUID().uuidString).json")
        try JSONEncoder().encode(scenario).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let environment = LookBackEndToEndTests.environment
        let write = try await LenstailProcess.run(
            ["simulate", "--scenario", file.path, "--to-s3", "s3://\(Self.bucket)/connect/", "--endpoint-url", moto.url],
            environment: environment)
        #expect(write.status == 0, "stderr: \(write.stderr)")
        #expect(write.stderr.contains("wrote 4 files"), "\(write.stderr)")

        let s3 = S3Client(
            region: "us-east-1", configuredEndpoint: URL(string: moto.url)!,
            credentials: StaticCredentialProvider(DemoIdentity.credentials))
        let keys = try await s3.listObjects(bucket: Self.bucket, prefix: "connect/").map(\.key).sorted()
        let day = #"\d{4}/\d{2}/\d{2}"#
        let time = #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z"#
        let patterns = [
            "connect/Analysis/Chat/\(day)/\(chat.contactId)_analysis_\(time).json",
            "connect/Analysis/Chat/Redacted/\(day)/\(chat.contactId)_analysis_redacted_\(time).json",
            "connect/Analysis/Voice/\(day)/\(voice.contactId)_analysis_\(time).json",
            "connect/Analysis/Voice/Redacted/\(day)/\(voice.contactId)_analysis_redacted_\(time).json",
        ]
        #expect(keys.count == 4, "\(keys)")
        for pattern in patterns {
            #expect(keys.contains { $0.wholeMatch(of: try! Regex(pattern)) != nil }, "\(pattern) in \(keys)")
        }

        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 1, rateLimit: nil))
        let port = try await simulator.start()
        do {
            var lookBack = environment
            lookBack["AWS_ENDPOINT_URL_CONNECT"] = "http://127.0.0.1:\(port)"
            lookBack["AWS_ENDPOINT_URL_S3"] = moto.url
            for contact in [voice, chat] {
                var lines: [Int] = []
                for extra in [[], ["--redacted"]] {
                    let replay = try await LenstailProcess.run(
                        [
                            "replay", "--instance-id", contact.instanceId, "--contact-id", contact.contactId, "--from-s3",
                            "--bucket", "s3://\(Self.bucket)/connect", "--region", DemoIdentity.region,
                        ] + extra, environment: lookBack)
                    #expect(replay.status == 0, "\(contact.contactId) \(extra): \(replay.stderr)")
                    lines.append(replay.stdout.split(separator: "\n").count)
                }
                #expect(lines[0] > 2 && lines[0] == lines[1], "the raw and the redacted file have the same turns: \(lines)")
            }
            let words = try #require(Self.firstWords(voice))
            let replay = try await LenstailProcess.run(
                [
                    "replay", "--instance-id", voice.instanceId, "--contact-id", voice.contactId, "--from-s3", "--bucket",
                    "s3://\(Self.bucket)/connect", "--region", DemoIdentity.region,
                ], environment: lookBack)
            #expect(replay.stdout.contains(words), "the call's first words read back: \(replay.stdout.prefix(400))")
            await simulator.stop()
        } catch {
            await simulator.stop()
            throw error
        }
    }

    /// The first transcript turn's words, as the scenario has them.
    static func firstWords(_ contact: ScenarioContact) -> String? {
        for item in contact.segments {
            if case .transcript(let turn) = item.segment { return String(turn.content.prefix(30)) }
        }
        return nil
    }
}
