import ArgumentParser
import ContactLensModel
import LensApp

/// `lenstail check`: is everything a follow needs in place? One line each, ✓ or ✗ with the fix.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the region, endpoint, credentials, identity and clock; with ids, one call to the API.",
        discussion: """
            Prints one line each: the region and where it came from, the endpoint, the
            credentials and their source (never their values), who they are (STS
            GetCallerIdentity), and this machine's clock against AWS's. With
            --instance-id and --contact-id it also makes one
            ListRealtimeContactAnalysisSegments call and says whether it is allowed and
            how far the analysis is. A failed line says what to do. Exit status 0 only
            when every line passes, 1 otherwise.

            Examples:
              lenstail check --region us-east-1
              lenstail check --profile supervisor --instance-id I --contact-id C
            """
    )

    @Option(
        help: ArgumentHelp("Also call the API for this Amazon Connect instance (with --contact-id).", valueName: "id"),
        transform: PastedIdentifier.instanceId)
    var instanceId: String?

    @Option(
        help: ArgumentHelp("Also call the API for this contact (with --instance-id).", valueName: "id"),
        transform: PastedIdentifier.contactId)
    var contactId: String?

    @OptionGroup(title: "AWS") var aws: AWSOptions

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping {
            if try await !settings.run() { throw ExitCode.failure }
        }
    }

    var settings: CheckSettings {
        get throws {
            try Usage.check { () throws(UsageError) in
                try CheckSettings(instanceId: instanceId, contactId: contactId, aws: aws.arguments)
            }
        }
    }
}
