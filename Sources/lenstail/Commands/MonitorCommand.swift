import ArgumentParser
import ContactLensModel
import LensApp

/// `lenstail monitor`: MonitorContact without a terminal, as `L` does in the views.
struct MonitorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "Listen in to a live call: your Contact Control Panel (softphone) rings.",
        discussion: """
            Sends MonitorContact as your Amazon Connect user and prints the id of the new
            monitoring contact. Both listening and barging in are asked for unless
            --silent-only (your Contact Control Panel switches between them). The user is
            --user, else connect_user in the AWS profile, else your role session name
            (STS GetCallerIdentity) looked up with SearchUsers. A failure is one line with
            its fix and exit status 1.

            Examples:
              lenstail monitor --instance-id I --contact-id C
              lenstail monitor --profile supervisor --instance-id I --contact-id C \\
                --user sam --silent-only
            """
    )

    @Option(
        help: ArgumentHelp("The Amazon Connect instance id, or the instance ARN.", valueName: "id"),
        transform: PastedIdentifier.instanceId)
    var instanceId: String

    @Option(help: ArgumentHelp("The contact id of the live call.", valueName: "id"), transform: PastedIdentifier.contactId)
    var contactId: String

    @OptionGroup(title: "Listening in") var listen: ListenOptions
    @OptionGroup(title: "AWS") var aws: AWSOptions

    func validate() throws {
        do { try ConnectCheck.ids(instanceId: instanceId, contactId: contactId) } catch { throw ValidationError(error.message) }
        _ = try Usage.check { () throws(UsageError) in
            try ConnectIdArguments.check(instanceId: instanceId, contactIds: [contactId])
        }
        _ = try Usage.check { () throws(UsageError) in try aws.arguments.settings() }
    }

    func run() async throws {
        let settings = try Usage.check { () throws(UsageError) in try aws.arguments.settings() }
        try await Exit.mapping {
            try await MonitorSession.run(instanceId: instanceId, contactId: contactId, aws: settings, listen: listen.settings)
        }
    }
}
