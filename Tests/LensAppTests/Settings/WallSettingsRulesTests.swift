import LensApp
import LensEngine
import Testing

/// `lenstail wall`'s rules: what it watches, what needs an instance, and what goes with the stream.
@Suite struct WallSettingsRulesTests {
    typealias Ids = SettingsIds

    static func make(
        instanceId: String? = Ids.instance, queues: [String] = [], agents: [String] = [], contactIds: [String] = [],
        contactsFrom: String? = nil, polling: PollingSettings = PollingSettings(),
        alerts: WallAlertSettings = WallAlertSettings(), kinesis: KinesisSettings = KinesisSettings()
    ) throws(UsageError) -> WallSettings {
        try WallSettings(
            instanceId: instanceId, queues: queues, agents: agents, routingProfiles: [], hierarchyGroups: [],
            contactIds: contactIds, contactsFrom: contactsFrom, aws: AWSArguments(region: "us-east-1"), polling: polling,
            alerts: alerts, kinesis: kinesis)
    }

    @Test func aPolledWallCarriesItsFloorPacingAndAlerts() throws {
        let settings = try Self.make(
            queues: ["Billing"], agents: ["sam"], polling: PollingSettings(pollInterval: 2, maxRate: 3, alerts: ["Escalation"]),
            alerts: WallAlertSettings(alertNegative: 3, alertLog: "alerts.jsonl"))
        #expect(settings.instanceId == Ids.instance)
        #expect(settings.queues == ["Billing"] && settings.agents == ["sam"])
        #expect(settings.watchesFloor && !settings.watchesWholeStream)
        #expect(settings.kinesis == nil)
        #expect(settings.options.alertPatterns == ["Escalation"] && settings.options.alertNegative == 3)
        #expect(settings.alertLog == "alerts.jsonl")
        #expect(settings.scheduler.maxRate == 3 && settings.scheduler.pollInterval == .seconds(2))
        #expect(settings.aws.region == "us-east-1")
        #expect(settings.mouse, "the mouse unless --no-mouse")
        #expect(try !Self.make(queues: ["Billing"], polling: PollingSettings(mouse: false)).mouse)
    }

    @Test func aWallOnTheStreamStartsNowAndWithoutAFilterWatchesEveryContact() throws {
        let settings = try Self.make(instanceId: nil, kinesis: KinesisSettings(stream: "segments"))
        #expect(settings.instanceId == "")
        #expect(settings.kinesis?.stream == "segments")
        #expect(settings.kinesis?.start == .since(.zero))
        #expect(settings.watchesWholeStream)
        let reaching = try Self.make(kinesis: KinesisSettings(stream: "segments", since: .seconds(1800)))
        #expect(reaching.kinesis?.start == .since(.seconds(1800)))
    }

    @Test(arguments: [
        (
            refusal { () throws(UsageError) in try WallSettingsRulesTests.make() },
            "give at least one of --queue, --agent, --routing-profile, --hierarchy-group, --contact-id, --contacts-from or --kinesis-stream"
        ),
        (
            refusal { () throws(UsageError) in try WallSettingsRulesTests.make(instanceId: nil, queues: ["Billing"]) },
            "Missing expected argument '--instance-id <id>' (or read the segment stream with --kinesis-stream)"
        ),
        (
            refusal { () throws(UsageError) in
                try WallSettingsRulesTests.make(instanceId: nil, agents: ["sam"], kinesis: KinesisSettings(stream: "s"))
            },
            "--queue, --agent, --routing-profile and --hierarchy-group need --instance-id (discovery asks Amazon Connect)"
        ),
        (
            refusal { () throws(UsageError) in try WallSettingsRulesTests.make(contactIds: [""]) },
            "ContactId must be 1 to 256 characters (got 0)"
        ),
        (
            refusal { () throws(UsageError) in
                try WallSettingsRulesTests.make(instanceId: String(repeating: "i", count: 101), queues: ["Billing"])
            },
            "InstanceId must be 1 to 100 characters (got 101)"
        ),
        (
            refusal { () throws(UsageError) in
                try WallSettingsRulesTests.make(queues: ["Billing"], polling: PollingSettings(logFile: "log"))
            },
            "--log-file works with follow, not yet with wall"
        ),
        (
            refusal { () throws(UsageError) in try WallSettingsRulesTests.make(queues: ["Billing", " "]) },
            "a --queue, --agent, --routing-profile or --hierarchy-group value is empty"
        ),
        (
            refusal { () throws(UsageError) in
                try WallSettingsRulesTests.make(queues: ["Billing"], alerts: WallAlertSettings(alertNegative: 0))
            },
            "--alert-negative must be between 1 and 100"
        ),
        (
            refusal { () throws(UsageError) in
                try WallSettingsRulesTests.make(queues: ["Billing"], alerts: WallAlertSettings(alertLog: ""))
            },
            "--alert-log needs a file name"
        ),
        (
            refusal { () throws(UsageError) in
                try WallSettingsRulesTests.make(queues: ["Billing"], kinesis: KinesisSettings(fromStart: true))
            },
            "--since and --from-start go with --kinesis-stream"
        ),
    ])
    func aBrokenRuleIsOneLineNamingTheOption(refused: String?, message: String) {
        #expect(refused == message)
    }

    @Test func theGroupsAreCheckedBeforeWhatTheWallWatches() {
        // Nothing to watch and a bad --alert-negative: the group's rule speaks first, as on the command line.
        let refused = refusal { () throws(UsageError) in try Self.make(alerts: WallAlertSettings(alertNegative: 101)) }
        #expect(refused == "--alert-negative must be between 1 and 100")
    }
}
