/// What the header names: the contact being followed and where.
public struct SessionInfo: Sendable, Hashable {
    public var instanceId: String
    public var contactId: String
    /// The region or endpoint, as text.
    public var endpoint: String

    public init(instanceId: String, contactId: String, endpoint: String) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.endpoint = endpoint
    }
}
