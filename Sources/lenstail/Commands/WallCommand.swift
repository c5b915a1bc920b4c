import ArgumentParser
import ContactLensModel
import LensApp

/// `lenstail wall`: every live call of a floor at once, sorted by attention.
struct WallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall",
        abstract: "Watch every live call of queues, agents or teams at once, sorted by what needs attention.",
        discussion: """
            Discovery asks Amazon Connect's GetCurrentUserData every 10 s
            (connect:GetCurrentUserData, and connect:ListUsers, connect:ListQueues,
            connect:ListRoutingProfiles to resolve names); every call shares the account's
            ListRealtimeContactAnalysisSegments quota (about 1/s): the header says how
            often each call is refreshed.

            With --kinesis-stream every call is read from the instance's segment stream
            instead (kinesis:ListShards, kinesis:GetShardIterator, kinesis:GetRecords): no
            quota, partial utterances, and without a filter every contact on the stream
            gets a row.

            Examples:
              lenstail wall --instance-id I --queue Billing --queue Support
              lenstail wall --instance-id I --agent sam.okafor \\
                --alert Escalation --alert-negative 3
              lenstail wall --instance-id I --routing-profile 'Front line' \\
                --alert-log alerts.jsonl
              other-tool | lenstail wall --instance-id I --contacts-from - --output jsonl
              lenstail wall --kinesis-stream contact-lens-segments
              lenstail wall --kinesis-stream contact-lens-segments \\
                --instance-id I --queue Billing
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

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping { try await settings.run() }
    }

    var settings: WallSettings {
        get throws {
            var settings = try Usage.check { () throws(UsageError) in
                try WallSettings(
                    instanceId: instanceId, queues: queues, agents: agents, routingProfiles: routingProfiles,
                    hierarchyGroups: hierarchyGroups, contactIds: contactIds, contactsFrom: contactsFrom, aws: aws.arguments,
                    polling: follow.settings, alerts: alerts.settings, kinesis: kinesis.settings)
            }
            settings.listen = listen.settings
            return settings
        }
    }
}
