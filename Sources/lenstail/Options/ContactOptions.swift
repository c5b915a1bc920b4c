import ArgumentParser
import ContactLensModel

/// Which contact to follow.
struct ContactOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The Amazon Connect instance id, or the instance ARN; optional with --kinesis-stream, where it also filters.",
            valueName: "id"), transform: PastedIdentifier.instanceId)
    var instanceId: String?

    @Option(help: ArgumentHelp("The contact id of the call.", valueName: "id"), transform: PastedIdentifier.contactId)
    var contactId: String
}
