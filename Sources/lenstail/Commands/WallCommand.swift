import ArgumentParser
import ContactLensModel
import Foundation
import LensApp
import LensEngine
import LensUI

/// `lenstail wall`: every live call of a floor at once, sorted by attention.
struct WallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall",
        abstract: "Watch every live call of queues, agents or teams at once, sorted by what needs attention.",
        discussion: """
            Discovery asks Amazon Connect's GetCurrentUserData every 10 s (connect:GetCurrentUserData,
            and connect:ListUsers, connect:ListQueues, connect:ListRoutingProfiles to resolve names);
            every call shares the account's ListRealtimeContactAnalysisSegments quota (about 1/s):
            the header says how often each call is refreshed.

            With --kinesis-stream every call is read from the instance's segment stream instead
            (kinesis:ListShards, kinesis:GetShardIterator, kinesis:GetRecords): no quota, partial
            utterances, and without a filter every contact on the stream gets a row.

            Examples:
              lenstail wall --instance-id I --queue Billing --queue Support
              lenstail wall --instance-id I --agent sam.okafor --alert Escalation --alert-negative 3
              lenstail wall --instance-id I --routing-profile 'Front line' --alert-log alerts.jsonl
              other-tool | lenstail wall --instance-id I --contacts-from - --output jsonl
              lenstail wall --kinesis-stream contact-lens-segments
              lenstail wall --kinesis-stream contact-lens-segments --instance-id I --queue Billing
            """
    )

    @Option(
        help: ArgumentHelp(
            "The Amazon Connect instance id (with --kinesis-stream, needed only by the floor filters).", valueName: "id"),
        transform: PastedIdentifier.instanceId)
    var instanceId: String?

    @Option(name: .customLong("queue"), help: ArgumentHelp("A queue's name or id (repeatable).", valueName: "name|id"))
    var queues: [String] = []

    @Option(name: .customLong("agent"), help: ArgumentHelp("An agent's username or id (repeatable).", valueName: "username|id"))
    var agents: [String] = []

    @Option(
        name: .customLong("routing-profile"),
        help: ArgumentHelp("A routing profile's name or id (repeatable).", valueName: "name|id"))
    var routingProfiles: [String] = []

    @Option(name: .customLong("hierarchy-group"), help: ArgumentHelp("A hierarchy group id (repeatable).", valueName: "id"))
    var hierarchyGroups: [String] = []

    @Option(name: .customLong("contact-id"), help: ArgumentHelp("A contact to show (repeatable).", valueName: "id"))
    var contactIds: [String] = []

    @Option(help: ArgumentHelp("Contact ids, one a line, read as they arrive ('-' for standard input).", valueName: "file|-"))
    var contactsFrom: String?

    @OptionGroup(title: "AWS") var aws: AWSOptions
    @OptionGroup(title: "Polling and output") var follow: FollowOptions
    @OptionGroup(title: "Alerts") var alerts: WallAlertOptions
    @OptionGroup(title: "Kinesis segment stream") var kinesis: KinesisOptions
    @OptionGroup(title: "Listening in (L)") var listen: ListenOptions

    func validate() throws {
        let filters = queues + agents + routingProfiles + hierarchyGroups
        guard kinesis.stream != nil || !(filters + contactIds).isEmpty || contactsFrom != nil else {
            throw ValidationError(
                "give at least one of --queue, --agent, --routing-profile, --hierarchy-group, --contact-id, --contacts-from or --kinesis-stream"
            )
        }
        guard let instanceId else {
            if kinesis.stream == nil {
                throw ValidationError(
                    "Missing expected argument '--instance-id <id>' (or read the segment stream with --kinesis-stream)")
            }
            if !filters.isEmpty {
                throw ValidationError(
                    "--queue, --agent, --routing-profile and --hierarchy-group need --instance-id (discovery asks Amazon Connect)"
                )
            }
            return
        }
        do {
            try ConnectPath.checkInstanceId(instanceId)
            for id in contactIds { try ListSegmentsRequest(instanceId: instanceId, contactId: id).validate() }
        } catch {
            throw ValidationError(error.message)
        }
        if follow.log.logFile != nil { throw ValidationError("--log-file works with follow, not yet with wall") }
        for value in queues + agents + routingProfiles + hierarchyGroups where value.trimmingCharacters(in: .whitespaces).isEmpty
        {
            throw ValidationError("a --queue, --agent, --routing-profile or --hierarchy-group value is empty")
        }
    }

    func run() async throws {
        try await Exit.mapping {
            try await WallSession.run(settings, aws: aws.settings)
        }
    }

    var settings: WallSettings { Self.settings(instanceId: instanceId ?? "", self) }

    static func settings(instanceId: String, _ c: WallCommand) -> WallSettings {
        var s = WallSettings.from(follow: c.follow, alerts: c.alerts, instanceId: instanceId)
        s.kinesis = c.kinesis.stream.map {
            WallKinesis(stream: $0, start: c.kinesis.start(defaultSince: .zero), pollInterval: c.kinesis.pollInterval)
        }
        s.queues = c.queues
        s.listen = c.listen.settings
        s.agents = c.agents
        s.routingProfiles = c.routingProfiles
        s.hierarchyGroups = c.hierarchyGroups
        s.contactIds = c.contactIds
        s.contactsFrom = c.contactsFrom
        return s
    }
}

extension WallSettings {
    /// The pacing, output and alert options every wall shares.
    static func from(follow: FollowOptions, alerts: WallAlertOptions, instanceId: String) -> WallSettings {
        var s = WallSettings(instanceId: instanceId)
        s.options = WallOptions(alertPatterns: follow.alerts, alertNegative: alerts.alertNegative)
        s.alertLog = alerts.alertLog
        s.format = follow.output
        s.scheduler = WallSchedulerConfiguration(
            maxRate: follow.maxRate, pollInterval: .milliseconds(Int(follow.pollInterval * 1000)), maxResults: follow.maxResults)
        return s
    }
}
