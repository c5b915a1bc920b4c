import ArgumentParser
import ContactLensModel
import LensApp

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

    func validate() throws {
        switch (file, instanceId, contactId) {
        case (.some, nil, _):
            return
        case (.some, _, _):
            throw ValidationError("give a recording file or --instance-id and --contact-id, not both")
        case (nil, .some(let instance), .some(let contact)):
            do {
                try ListSegmentsRequest(instanceId: instance, contactId: contact).validate()
            } catch {
                throw ValidationError(error.message)
            }
        case (nil, _, _):
            throw ValidationError("give a recording file, or both --instance-id and --contact-id to fetch the call from the API")
        }
    }

    var callSource: CallSource {
        if let file { return .recording(path: file, contactId: contactId) }
        return .api(instanceId: instanceId ?? "", contactId: contactId ?? "")
    }
}
