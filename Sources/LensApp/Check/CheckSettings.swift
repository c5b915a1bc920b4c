import ContactLensModel

/// `lenstail check` as typed, checked: the AWS settings to try and, optionally, one contact.
package struct CheckSettings: Sendable {
    package var aws: AWSSettings
    /// Both ids, or neither.
    package var contact: (instanceId: String, contactId: String)?

    package init(instanceId: String?, contactId: String?, aws: AWSArguments) throws(UsageError) {
        self.aws = try aws.settings()
        switch (instanceId, contactId) {
        case (nil, nil):
            contact = nil
        case (let instance?, let contact?):
            do { try ListSegmentsRequest(instanceId: instance, contactId: contact).validate() } catch {
                throw UsageError(error.message)
            }
            try ConnectIdArguments.check(instanceId: instance, contactIds: [contact])
            self.contact = (instance, contact)
        default:
            throw UsageError("give both --instance-id and --contact-id, or neither")
        }
    }

    /// Prints one line a check; true when every line passed.
    package func run() async throws -> Bool {
        try await ConnectionCheck(aws: aws).run(instanceId: contact?.instanceId, contactId: contact?.contactId)
    }
}
