import ContactLensModel

extension CallSource {
    /// `replay` and `export`: a recording file, or both ids to fetch the call from the API.
    package init(file: String?, instanceId: String?, contactId: String?) throws(UsageError) {
        switch (file, instanceId, contactId) {
        case (.some(let file), nil, _):
            self = .recording(path: file, contactId: contactId)
        case (.some, _, _):
            throw UsageError("give a recording file or --instance-id and --contact-id, not both")
        case (nil, .some(let instance), .some(let contact)):
            do { try ListSegmentsRequest(instanceId: instance, contactId: contact).validate() } catch {
                throw UsageError(error.message)
            }
            try ConnectIdArguments.check(instanceId: instance, contactIds: [contact])
            self = .api(instanceId: instance, contactId: contact)
        case (nil, _, _):
            throw UsageError("give a recording file, or both --instance-id and --contact-id to fetch the call from the API")
        }
    }
}
