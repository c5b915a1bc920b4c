import ArgumentParser
import ContactLensModel

/// Which contact to follow.
struct ContactOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The Amazon Connect instance id (the last part of the instance ARN); optional with --kinesis-stream, where it also filters.",
            valueName: "id"))
    var instanceId: String?

    @Option(help: ArgumentHelp("The contact id of the call.", valueName: "id"))
    var contactId: String

    func validate() throws {
        do {
            try ListSegmentsRequest(instanceId: instanceId ?? "-", contactId: contactId).validate()
        } catch {
            throw ValidationError(error.message)
        }
    }
}
