import AWSClient
import LensApp
import LensEngine
import LensSimulator
import Testing

/// `lenstail demo` and `lenstail simulate`: what each plays and what goes with what.
@Suite struct DemoSimulateSettingsTests {
    static func demo(
        faults: String = "", wall: Bool = false, chat: Bool = false, redacted: Bool = false,
        polling: PollingSettings = PollingSettings(), record: String? = nil, alerts: WallAlertSettings = WallAlertSettings(),
        transfer: Bool = false
    ) throws(UsageError) -> DemoSettings {
        try DemoSettings(
            speed: .times(4), faults: faults, wall: wall, chat: chat, redacted: redacted, polling: polling, recordPath: record,
            alerts: alerts, transfer: transfer)
    }

    @Test func theDemoPlaysOneCallWithItsFaultsOrTheFloor() throws {
        let call = try Self.demo(faults: "throttle=0.3", chat: true, redacted: true, record: "demo.jsonl")
        #expect(call.speed == 4)
        guard case .call(let faults, let chat, let outputType, _, let record, let transfer, _) = call.play else {
            Issue.record("expected one call, got \(call.play)")
            return
        }
        #expect(faults == (try FaultPlan.parse("throttle=0.3")))
        #expect(chat && outputType == .redacted && record == "demo.jsonl" && !transfer)
        let floor = try Self.demo(
            wall: true, polling: PollingSettings(alerts: ["Refund"]), alerts: WallAlertSettings(alertNegative: 2))
        guard case .wall(let settings) = floor.play else {
            Issue.record("expected the wall, got \(floor.play)")
            return
        }
        #expect(settings.options.alertPatterns == ["Refund"] && settings.options.alertNegative == 2)
    }

    @Test(arguments: [
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.demo(faults: "throttle=0.1", wall: true) },
            "--wall plays the floor as it is: --faults and --record are for one call"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.demo(wall: true, record: "x.jsonl") },
            "--wall plays the floor as it is: --faults and --record are for one call"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.demo(wall: true, transfer: true) },
            "--transfer follows one call: not with --wall or --chat"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.demo(chat: true, transfer: true) },
            "--transfer follows one call: not with --wall or --chat"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.demo(redacted: true) },
            "--redacted goes with --chat (a chat's Redacted output)"
        ),
        (
            refusal { () throws(UsageError) in
                try DemoSimulateSettingsTests.demo(wall: true, polling: PollingSettings(logFile: "log"))
            },
            "--log-file works with one call, not yet with --wall"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.demo(alerts: WallAlertSettings(alertNegative: 0)) },
            "--alert-negative must be between 1 and 100"
        ),
    ])
    func aBrokenDemoRuleIsOneLine(refused: String?, message: String) {
        #expect(refused == message)
    }

    @Test func aFaultPlanTheEmulatorRefusesIsItsOwnMessage() {
        let refused = refusal { () throws(UsageError) in try Self.demo(faults: "throttle=2") }
        var expected: String?
        do { _ = try FaultPlan.parse("throttle=2") } catch { expected = error.description }
        #expect(refused != nil && refused == expected)
    }

    static func simulate(_ change: (inout SimulateSettings.Arguments) -> Void) throws(UsageError) -> SimulateSettings {
        var arguments = SimulateSettings.Arguments()
        change(&arguments)
        return try SimulateSettings(arguments)
    }

    @Test func simulateServesPublishesOrPrints() throws {
        guard case .serve(let serve) = try Self.simulate({ $0.port = 0 }).mode else {
            Issue.record("expected to serve")
            return
        }
        #expect(serve.port == 0 && serve.host == "127.0.0.1" && serve.rateLimit)
        let publish = try Self.simulate {
            $0.toKinesis = "segments"
            $0.contacts = 20
            $0.endpointURL = "http://127.0.0.1:5000"
        }
        guard case .publish(let settings, let aws) = publish.mode else {
            Issue.record("expected to publish")
            return
        }
        #expect(settings.stream == "segments" && settings.copies == 20)
        #expect(aws.region == nil, "the region is resolved as the stream's readers resolve it")
        let (_, place) = try aws.makeKinesisClient(
            for: KinesisStream("segments"),
            environment: AWSEnvironment(variables: [:], homeDirectory: "/nonexistent-lenstail-home"))
        #expect(place.hasPrefix("us-east-1"), "with --endpoint-url and no region anywhere: \(place)")
        let write = try Self.simulate {
            $0.toS3 = "s3://lenstail-files/calls"
            $0.endpointURL = "http://127.0.0.1:5000"
        }
        guard case .writeFiles(let files, let s3) = write.mode else {
            Issue.record("expected to write files")
            return
        }
        #expect(files.bucket == S3BucketArgument(bucket: "lenstail-files", prefix: "calls/") && files.scenarioFile == nil)
        #expect(s3.region == "us-east-1" && s3.endpointURL == "http://127.0.0.1:5000")
        guard case .printDemo = try Self.simulate({ $0.printDemo = true }).mode else {
            Issue.record("expected to print the demo")
            return
        }
    }

    @Test(arguments: [
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.simulate { $0.port = 70_000 } },
            "--port must be between 0 and 65535"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.simulate { $0.host = "0.0.0.0" } },
            "--host must be a loopback address (127.0.0.1, ::1 or localhost)"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.simulate { $0.contacts = 0 } },
            "--contacts must be between 1 and 10000"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.simulate { $0.contacts = 3 } },
            "--contacts goes with --to-kinesis"
        ),
        (
            refusal { () throws(UsageError) in
                try DemoSimulateSettingsTests.simulate {
                    $0.toS3 = "s3://b"
                    $0.contacts = 3
                }
            },
            "--contacts goes with --to-kinesis"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.simulate { $0.region = "us-east-1" } },
            "--endpoint-url and --region go with --to-kinesis or --to-s3"
        ),
        (
            refusal { () throws(UsageError) in
                try DemoSimulateSettingsTests.simulate {
                    $0.toS3 = "s3://b"
                    $0.toKinesis = "segments"
                }
            },
            "--to-kinesis and --to-s3 go one at a time"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.simulate { $0.toS3 = "https://b" } },
            "--to-s3: 'https://b' is not an S3 location: write s3://BUCKET or s3://BUCKET/PREFIX"
        ),
        (
            refusal { () throws(UsageError) in try DemoSimulateSettingsTests.simulate { $0.toKinesis = "bad name" } },
            "StreamName must be 1 to 128 of the characters a-z A-Z 0-9 _ . - (got 'bad name')"
        ),
    ])
    func aBrokenSimulateRuleIsOneLine(refused: String?, message: String) {
        #expect(refused == message)
    }
}
