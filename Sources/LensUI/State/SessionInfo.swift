import ContactLensModel

/// What the header names: the contact being followed and where.
package struct SessionInfo: Sendable, Hashable {
    package var instanceId: String
    package var contactId: String
    /// The region or endpoint, as text.
    package var endpoint: String
    /// A contact opened from its post-contact analysis file: what only that analysis tells
    /// (talk time and speed, loudness, sentiment by quarter, outcomes…), for views to show.
    package var postContact: PostContactInsights?

    package init(instanceId: String, contactId: String, endpoint: String) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.endpoint = endpoint
    }
}
