import ContactLensModel
import Foundation
import LensExport
import LensSimulator
import Testing

/// `replay|export --from-s3` with the real binary against the emulator on loopback: DescribeContact
/// dates the file, ListInstanceStorageConfigs names the bucket, S3 lists and reads it.
@Suite(.serialized) struct LookBackEndToEndTests {
    static let now = Date()
    static let environment = [
        "AWS_ACCESS_KEY_ID": DemoIdentity.accessKeyId, "AWS_SECRET_ACCESS_KEY": DemoIdentity.secretAccessKey,
    ]
    static let files = AnalysisFiles.files(of: .history(endingAt: now), epoch: now).filter { $0.writtenAt <= now }

    static func withEmulator(_ body: (Int) async throws -> Void) async throws {
        let simulator = Simulator(
            SimulatorConfiguration(scenario: .history(endingAt: now), speed: 1, rateLimit: nil, now: { now }))
        let port = try await simulator.start()
        do { try await body(port) } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }

    static func args(_ port: Int, contactId: String) -> [String] {
        [
            "--instance-id", DemoIdentity.instanceId, "--contact-id", contactId, "--from-s3",
            "--endpoint-url", "http://127.0.0.1:\(port)", "--region", DemoIdentity.region,
        ]
    }

    /// What a reader of the file itself would see in the export.
    static func expected(_ file: AnalysisFile, _ format: ExportFormat) throws -> String {
        let analysis = try PostContactFile.read(file.bytes)
        var store = TranscriptStore()
        store.apply(analysis.segments)
        var export = TranscriptExport(store: store, instanceId: DemoIdentity.instanceId, contactId: file.contactId)
        export.postContact = analysis.insights
        return export.render(format)
    }

    @Test func exportFromS3WritesTheFilesAnalysisInEveryFormat() async throws {
        let voice = try #require(Self.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        let chat = try #require(Self.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Chat/") })
        try await Self.withEmulator { port in
            for file in [voice, chat] {
                for format in [ExportFormat.text, .markdown, .json] {
                    let run = try await LenstailProcess.run(
                        ["export"] + Self.args(port, contactId: file.contactId) + ["--format", format.rawValue],
                        environment: Self.environment)
                    #expect(run.status == 0, "stderr: \(run.stderr)")
                    #expect(run.stdout == (try Self.expected(file, format)), "\(file.key) as \(format)")
                }
            }
            let text = try await LenstailProcess.run(
                ["export"] + Self.args(port, contactId: voice.contactId), environment: Self.environment)
            #expect(text.stdout.contains("POST-CONTACT ANALYSIS") && text.stdout.contains("Talk speed:"))
            #expect(text.stdout.contains("Sentiment CUSTOMER:") && text.stdout.contains("by quarter"))
        }
    }

    @Test func theDemoCallOfLenstailSimulateOpensFromItsBucket() async throws {
        let file = try #require(AnalysisFiles.files(of: .demo, epoch: Self.now).first { !$0.isRedacted })
        let simulator = Simulator(SimulatorConfiguration(scenario: .demo, speed: 1, rateLimit: nil, now: { Self.now }))
        let port = try await simulator.start()
        let run = try await LenstailProcess.run(
            ["export"] + Self.args(port, contactId: DemoIdentity.contactId), environment: Self.environment)
        await simulator.stop()
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(file.contactId == DemoIdentity.contactId)
        #expect(run.stdout == (try Self.expected(file, .text)))
    }

    @Test func theRedactedFileWithRedacted() async throws {
        let file = try #require(Self.files.first { $0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        try await Self.withEmulator { port in
            let run = try await LenstailProcess.run(
                ["export"] + Self.args(port, contactId: file.contactId) + ["--redacted"], environment: Self.environment)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout == (try Self.expected(file, .text)))
            #expect(run.stdout.contains("Redacted:"))
        }
    }

    @Test func replayFromS3PrintsTheCallAtOnceWhenNotATerminal() async throws {
        let file = try #require(Self.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        let turns = try PostContactFile.read(file.bytes).transcript.count
        try await Self.withEmulator { port in
            let run = try await LenstailProcess.run(
                ["replay"] + Self.args(port, contactId: file.contactId) + ["--output", "jsonl"], environment: Self.environment)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout.split(separator: "\n").filter { $0.contains("\"Transcript\"") }.count == turns)
            // The figure PERFORMANCE.md records: the process's whole run, an upper bound on the time to
            // its first output (DescribeContact, ListInstanceStorageConfigs, 3 listings, GetObject, decode).
            var seconds: [Double] = []
            for _ in 0..<5 {
                let start = ContinuousClock.now
                _ = try await LenstailProcess.run(
                    ["replay"] + Self.args(port, contactId: file.contactId) + ["--output", "jsonl"], environment: Self.environment
                )
                let elapsed = ContinuousClock.now - start
                seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            print(
                "FIGURE lookback: replay --from-s3 --output jsonl, \(file.bytes.count) bytes, whole run median \(seconds.sorted()[2]) s"
            )
        }
    }

    @Test(arguments: [["replay", "--output", "jsonl"], ["export"]])
    func noFileSaysWhereItLookedInOneLine(_ command: [String]) async throws {
        let file = try #require(Self.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        try await Self.withEmulator { port in
            let run = try await LenstailProcess.run(
                command + Self.args(port, contactId: file.contactId) + [
                    "--bucket", "s3://\(DemoIdentity.recordingsBucket)/elsewhere",
                ],
                environment: Self.environment)
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.split(separator: "\n").count == 1, "stderr: \(run.stderr)")
            #expect(run.stderr.contains("no analysis file of contact \(file.contactId)"))
            #expect(run.stderr.contains("elsewhere/Analysis/Voice/"), "stderr: \(run.stderr)")
        }
    }

    /// Connect answers, the bucket refuses: an identity allowed DescribeContact but not
    /// s3:ListBucket. Two emulators, one per service, as AWS_ENDPOINT_URL_CONNECT and
    /// AWS_ENDPOINT_URL_S3 would name them; the second's S3 refuses the key (403 AccessDenied).
    @Test(arguments: [["replay", "--output", "jsonl"], ["export"]])
    func aBucketThatRefusesIsOneLineNamingTheIAMAction(_ command: [String]) async throws {
        let file = try #require(Self.files.first { !$0.isRedacted && $0.key.hasPrefix("Analysis/Voice/") })
        var refusing = SimulatorConfiguration(scenario: .history(endingAt: Self.now), speed: 1, rateLimit: nil, now: { Self.now })
        refusing.deniedAccessKeys = [DemoIdentity.accessKeyId]
        let s3 = Simulator(refusing)
        let s3Port = try await s3.start()
        defer { Task { await s3.stop() } }
        try await Self.withEmulator { port in
            var environment = Self.environment
            environment["AWS_ENDPOINT_URL_CONNECT"] = "http://127.0.0.1:\(port)"
            environment["AWS_ENDPOINT_URL_S3"] = "http://127.0.0.1:\(s3Port)"
            let run = try await LenstailProcess.run(
                command + [
                    "--instance-id", DemoIdentity.instanceId, "--contact-id", file.contactId, "--from-s3",
                    "--region", DemoIdentity.region,
                ], environment: environment)
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1, "stderr: \(run.stderr)")
            #expect(run.stderr.contains("access denied to s3://\(DemoIdentity.recordingsBucket)"), "stderr: \(run.stderr)")
            #expect(run.stderr.contains("needs s3:ListBucket on arn:aws:s3:::\(DemoIdentity.recordingsBucket)"))
            #expect(!run.stderr.contains(DemoIdentity.secretAccessKey))
        }
    }

    @Test func theOptionsThatCannotWorkAreOneLine() async throws {
        let bucketAlone = try await LenstailProcess.run(
            ["export", "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId, "--bucket", "s3://b"])
        #expect(bucketAlone.status != 0 && bucketAlone.stderr.contains("--bucket goes with --from-s3"), "\(bucketAlone.stderr)")
        let badBucket = try await LenstailProcess.run(
            [
                "replay", "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId, "--from-s3",
                "--bucket", "s3://Bad_Bucket!",
            ])
        #expect(badBucket.status != 0 && badBucket.stderr.contains("not a bucket name"), "\(badBucket.stderr)")
        // A bucket written as another scheme's URL: a usage error (64) whose first line says so.
        for location in ["https://example.com/b", "s4://b", "ftp://b/prefix"] {
            let run = try await LenstailProcess.run(
                [
                    "replay", "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId, "--from-s3",
                    "--bucket", location, "--output", "jsonl",
                ], environment: Self.environment)
            #expect(run.status == 64 && run.stdout.isEmpty)
            #expect(
                run.stderr.split(separator: "\n").first
                    == "Error: --bucket: '\(location)' is not an S3 location: write s3://BUCKET or s3://BUCKET/PREFIX",
                "\(run.stderr)")
        }
        // An S3 endpoint of another scheme: one line, before anything is sent.
        for endpoint in ["s3://127.0.0.1:9", "ftp://127.0.0.1:9"] {
            var environment = Self.environment
            environment["AWS_ENDPOINT_URL_S3"] = endpoint
            environment["AWS_ENDPOINT_URL_CONNECT"] = "http://127.0.0.1:9"  // never AWS's, whatever is checked first
            let run = try await LenstailProcess.run(
                [
                    "replay", "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.contactId, "--from-s3",
                    "--region", DemoIdentity.region, "--output", "jsonl",
                ], environment: environment)
            #expect(run.status == 1 && run.stdout.isEmpty)
            #expect(
                run.stderr
                    == "Error: invalid endpoint URL '\(endpoint)' (from AWS_ENDPOINT_URL_S3): the scheme must be https or http\n",
                "\(run.stderr)")
        }
    }
}
