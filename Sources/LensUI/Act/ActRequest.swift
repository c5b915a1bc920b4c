import ContactLensModel

/// What a screen asks of Amazon Connect to act on a call: an effect the app runs off the
/// terminal's thread, answering with `ActUpdate`s. The screens never call a client.
package enum ActRequest: Hashable, Sendable {
    /// Find the Amazon Connect user the supervisor listens in as (once per run, when first needed).
    case findSupervisor
    /// MonitorContact: the supervisor's softphone joins the contact.
    case monitor(MonitorOrder)
}

/// Monitor contact `contactId` as user `userId` with `capabilities`.
package struct MonitorOrder: Hashable, Sendable {
    package var contactId: String
    package var userId: String
    package var capabilities: [MonitorCapability]

    package init(contactId: String, userId: String, capabilities: [MonitorCapability]) {
        self.contactId = contactId
        self.userId = userId
        self.capabilities = capabilities
    }
}

/// The app's answer to an `ActRequest`, as it goes: at once (finding, asking), then the outcome.
package enum ActUpdate: Hashable, Sendable {
    case supervisor(SupervisorLookup)
    case monitor(contactId: String, MonitorStatus)
}

/// A screen's messages that may carry an `ActUpdate` (the prompt reads them from any stack).
package protocol ActMessage {
    var actUpdate: ActUpdate? { get }
}

/// A screen's requests that can carry an `ActRequest`.
package protocol ActRequesting {
    static func act(_ request: ActRequest) -> Self
}
