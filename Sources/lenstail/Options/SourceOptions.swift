import ArgumentParser
import ContactLensModel

/// Where a finished call comes from: a recording file, or the API (instance and contact ids).
struct SourceOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp("A recording made with --record (or none, with --instance-id and --contact-id).", valueName: "file"),
        completion: .file())
    var file: String?

    @Option(
        help: ArgumentHelp("Fetch the contact from the API instead: the Amazon Connect instance id.", valueName: "id"),
        transform: PastedIdentifier.instanceId)
    var instanceId: String?

    @Option(
        help: ArgumentHelp(
            "Fetch the contact from the API instead: the contact id (the API keeps it 24 h after the call). With a recording that holds several contacts: the one to use.",
            valueName: "id"), transform: PastedIdentifier.contactId)
    var contactId: String?
}
