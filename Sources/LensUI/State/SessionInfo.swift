/// What the header names: the contact being followed and where.
package struct SessionInfo: Sendable, Hashable {
    package var instanceId: String
    package var contactId: String
    /// The region or endpoint, as text.
    package var endpoint: String
    /// The agent on the call, when known (a call opened from the wall): the listen-in question names them.
    package var agent: String?

    package init(instanceId: String, contactId: String, endpoint: String) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.endpoint = endpoint
    }
}
