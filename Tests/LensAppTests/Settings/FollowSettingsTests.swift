import LensApp
import LensEngine
import Testing

/// `lenstail follow`'s rules and its choice of source, without starting anything.
@Suite struct FollowSettingsTests {
    typealias Ids = SettingsIds

    static func make(
        instanceId: String? = Ids.instance, contactId: String = Ids.contact, aws: AWSArguments = AWSArguments(),
        polling: PollingSettings = PollingSettings(), kinesis: KinesisSettings = KinesisSettings(),
        channel: ContactChannel = .auto, redacted: Bool = false, wait: Duration = .seconds(600)
    ) throws(UsageError) -> FollowSettings {
        try FollowSettings(
            instanceId: instanceId, contactId: contactId, aws: aws, polling: polling, kinesis: kinesis,
            recordPath: nil, channel: channel, redacted: redacted, wait: wait)
    }

    @Test func theAPIIsPolledWhenNoStreamIsGiven() throws {
        let settings = try Self.make(channel: .chat, redacted: true, wait: .seconds(90))
        guard case .api(let instance, let poller, let channel, let outputType) = settings.source else {
            Issue.record("expected the API, got \(settings.source)")
            return
        }
        #expect(instance == Ids.instance)
        #expect(poller.maxWaitForAnalysis == .seconds(90))
        #expect(channel == .chat)
        #expect(outputType == .redacted)
    }

    @Test func theStreamIsReadWhenGivenFromAnHourAgoUnlessToldOtherwise() throws {
        let stream = KinesisSettings(stream: "segments")
        for (kinesis, start) in [
            (stream, StreamSession.Start.since(.seconds(3600))),
            (KinesisSettings(stream: "segments", since: .seconds(300)), .since(.seconds(300))),
            (KinesisSettings(stream: "segments", fromStart: true), .fromStart),
        ] {
            let settings = try Self.make(instanceId: nil, kinesis: kinesis)
            guard case .kinesis(let reading) = settings.source else {
                Issue.record("expected the stream, got \(settings.source)")
                continue
            }
            #expect(reading.stream == "segments")
            #expect(reading.contactId == Ids.contact)
            #expect(reading.instanceId == nil)
            #expect(reading.start == start)
            #expect(reading.pollInterval == .milliseconds(250))
        }
    }

    @Test func pollingAndOutputAreCarriedThrough() throws {
        let polling = PollingSettings(pollInterval: 0.5, maxResults: 50, maxRate: 4, output: .jsonl, alerts: ["Esc.*"])
        let settings = try Self.make(aws: AWSArguments(region: "eu-west-2", timeout: 2.5), polling: polling)
        #expect(settings.output.format == .jsonl)
        #expect(settings.output.ui.alertPatterns == ["Esc.*"])
        #expect(settings.output.ui.mouse, "the mouse unless --no-mouse")
        #expect(try !Self.make(polling: PollingSettings(mouse: false)).output.ui.mouse)
        #expect(settings.aws.region == "eu-west-2")
        #expect(settings.aws.timeout == .milliseconds(2500))
        guard case .api(_, let poller, _, _) = settings.source else { return }
        #expect(poller.pollInterval == .milliseconds(500))
        #expect(poller.maxResults == 50)
        #expect(poller.maxRate == 4)
    }

    @Test(arguments: [
        (
            "no instance, no stream",
            refusal { () throws(UsageError) in try FollowSettingsTests.make(instanceId: nil) },
            "Missing expected argument '--instance-id <id>' (or follow the segment stream with --kinesis-stream)"
        ),
        (
            "empty instance", refusal { () throws(UsageError) in try FollowSettingsTests.make(instanceId: "") },
            "InstanceId must be 1 to 256 characters (got 0)"
        ),
        (
            "timeout", refusal { () throws(UsageError) in try FollowSettingsTests.make(aws: AWSArguments(timeout: 0)) },
            "--timeout must be between 0 and 300 seconds"
        ),
        (
            "poll interval",
            refusal { () throws(UsageError) in try FollowSettingsTests.make(polling: PollingSettings(pollInterval: .nan)) },
            "--poll-interval must be between 0.05 and 3600 seconds"
        ),
        (
            "max results",
            refusal { () throws(UsageError) in try FollowSettingsTests.make(polling: PollingSettings(maxResults: 101)) },
            "--max-results must be between 1 and 100"
        ),
        (
            "max rate", refusal { () throws(UsageError) in try FollowSettingsTests.make(polling: PollingSettings(maxRate: 0)) },
            "--max-rate must be between 0.001 and 1000000 requests per second"
        ),
        (
            "since without a stream",
            refusal { () throws(UsageError) in try FollowSettingsTests.make(kinesis: KinesisSettings(since: .seconds(60))) },
            "--since and --from-start go with --kinesis-stream"
        ),
        (
            "since and from-start",
            refusal { () throws(UsageError) in
                try FollowSettingsTests.make(kinesis: KinesisSettings(stream: "s", since: .seconds(60), fromStart: true))
            },
            "give --since or --from-start, not both"
        ),
        (
            "since under a second",
            refusal { () throws(UsageError) in try FollowSettingsTests.make(kinesis: KinesisSettings(stream: "s", since: .zero))
            },
            "--since must be a duration such as 90s, 30m, 1h or 1h30m (up to 365 days)"
        ),
        (
            "shard poll interval",
            refusal { () throws(UsageError) in
                try FollowSettingsTests.make(kinesis: KinesisSettings(stream: "s", shardPollInterval: 0.1))
            },
            "--shard-poll-interval must be between 0.2 and 60 seconds"
        ),
    ])
    func aBrokenRuleIsOneLineNamingTheOption(rule: String, refused: String?, message: String) {
        #expect(refused == message, "\(rule)")
    }

    @Test func aBadAlertPatternAndAStreamNameTheModelRefusesAreNamed() {
        let alert = refusal { () throws(UsageError) in try Self.make(polling: PollingSettings(alerts: ["("])) }
        #expect(alert == "--alert '(' is not a valid regular expression")
        let stream = refusal { () throws(UsageError) in try Self.make(kinesis: KinesisSettings(stream: "bad name")) }
        #expect(stream == "StreamName must be 1 to 128 of the characters a-z A-Z 0-9 _ . - (got 'bad name')")
    }

    @Test func theIdsAreCheckedFirstAsTheCommandLineChecksItsGroupsInOrder() {
        let refused = refusal { () throws(UsageError) in
            try Self.make(contactId: "", aws: AWSArguments(timeout: 0), polling: PollingSettings(maxResults: 0))
        }
        #expect(refused == "ContactId must be 1 to 256 characters (got 0)")
        let second = refusal { () throws(UsageError) in
            try Self.make(aws: AWSArguments(timeout: 0), polling: PollingSettings(maxResults: 0))
        }
        #expect(second == "--timeout must be between 0 and 300 seconds")
    }
}
