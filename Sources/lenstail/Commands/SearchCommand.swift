import ArgumentParser
import ContactLensModel
import FoundationEssentials
import LensApp

/// `lenstail search`: contacts by time, queue, agent and what was said (SearchContacts).
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find contacts by time, queue, agent, channel and what was said, and open them.",
        discussion: """
            Asks Amazon Connect's SearchContacts (connect:SearchContacts;
            connect:ListQueues and connect:ListUsers for names), paged up to --limit under
            the API's quota (2 requests a second). On a terminal the contacts are a list:
            Enter opens one (from the real-time API while it still has it, for 24 hours),
            Esc comes back. Otherwise a table, or with --output jsonl one contact a line as
            the service wrote it (times in ISO 8601).

            Examples:
              lenstail search --instance-id I --since 4h --queue Billing
              lenstail search --instance-id I --says refund --says "cancel my" \\
                --said-by customer --match any
              lenstail search --instance-id I --agent sam.okafor \\
                --from '2024-05-01 09:00' --to '2024-05-01 12:00'
              lenstail search --instance-id I --in-progress --channel chat --output jsonl
              lenstail demo --history   # the same on a day of demo contacts, no AWS account
            """
    )

    @Option(help: ArgumentHelp("The Amazon Connect instance id.", valueName: "id"), transform: PastedIdentifier.instanceId)
    var instanceId: String?

    @Option(help: ArgumentHelp("How far back from --to (default 24h): 90m, 24h, 7d.", valueName: "length"))
    var since: String?

    @Option(help: ArgumentHelp("Where the range starts: 2024-05-01T09:00:00Z, or a local 2024-05-01 09:00.", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("Where the range ends (default now).", valueName: "time"))
    var to: String?

    @Option(help: ArgumentHelp("Which time the range applies to.", valueName: "initiated|connected|disconnected|enqueued"))
    var by: SearchTimeKind = .initiated

    @Option(name: .customLong("queue"), help: ArgumentHelp("A queue's name or id (repeatable).", valueName: "name|id"))
    var queues: [String] = []

    @Option(name: .customLong("agent"), help: ArgumentHelp("An agent's username or id (repeatable).", valueName: "username|id"))
    var agents: [String] = []

    @Option(
        name: .customLong("hierarchy-group"),
        help: ArgumentHelp(
            "An agent hierarchy group's name or id, at level L1 unless written L2:name … L5:name (repeatable).",
            valueName: "[Ln:]name"))
    var hierarchyGroups: [String] = []

    @Option(name: .customLong("channel"), help: ArgumentHelp("Only this channel (repeatable).", valueName: "voice|chat"))
    var channels: [SearchChannel] = []

    @Option(name: .customLong("says"), help: ArgumentHelp("Words the transcript has (repeatable).", valueName: "text"))
    var says: [String] = []

    @Option(help: ArgumentHelp("Whose words --says looks in (default either).", valueName: "agent|customer|anyone"))
    var saidBy: SaidBy?

    @Option(help: ArgumentHelp("How several --says combine (default all).", valueName: "all|any|exact|none"))
    var match: SearchMatch?

    @Flag(help: "Only contacts not disconnected yet.")
    var inProgress = false

    @Option(help: ArgumentHelp("Contacts fetched at most (1-10000).", valueName: "n"))
    var limit: Int = 100

    @Option(help: ArgumentHelp("No list screen: a table (text) or one contact a line (jsonl).", valueName: "text|jsonl"))
    var output: OutputFormat?

    @Flag(name: .customLong("no-mouse"), help: MouseHelp.noMouse)
    var noMouse = false

    @OptionGroup(title: "AWS") var aws: AWSOptions

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping { try await settings.run() }
    }

    var settings: SearchSettings {
        get throws {
            try Usage.check { () throws(UsageError) in
                var settings = try SearchSettings(
                    instanceId: instanceId, since: since, from: from, to: to, by: by, queues: queues, agents: agents,
                    hierarchyGroups: hierarchyGroups, channels: channels, says: says, saidBy: saidBy, match: match,
                    inProgress: inProgress, limit: limit, output: output, aws: aws.arguments)
                settings.mouse = !noMouse
                return settings
            }
        }
    }
}

extension SearchTimeKind: ExpressibleByArgument {}
extension SearchChannel: ExpressibleByArgument {}
extension SaidBy: ExpressibleByArgument {}
extension SearchMatch: ExpressibleByArgument {}
