import ContactLensModel
import FoundationEssentials

/// What the header names: the contact being followed and where.
package struct SessionInfo: Sendable, Hashable {
    package var instanceId: String
    package var contactId: String
    /// The region or endpoint, as text.
    package var endpoint: String
    /// How long a contact not found is waited for (`--wait`), in seconds; nil: not said.
    package var waitLimit: TimeInterval?
    /// Who has the call and from which queue ("sam.okafor · Billing"), when the wall knows it.
    package var heading: String?
    /// A contact opened from its post-contact analysis file: what only that analysis tells
    /// (talk time and speed, loudness, sentiment by quarter, outcomes…), for views to show.
    package var postContact: PostContactInsights?
    /// The agent on the call, when known (a call opened from the wall): the listen-in question names them.
    package var agent: String?

    package init(instanceId: String, contactId: String, endpoint: String, waitLimit: TimeInterval? = nil) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.endpoint = endpoint
        self.waitLimit = waitLimit
    }
}
