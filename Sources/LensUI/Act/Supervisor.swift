import ContactLensModel

/// The Amazon Connect user a supervisor listens in as, and what they ask to be allowed to do.
package struct Supervisor: Hashable, Sendable {
    /// The username (what the prompt names).
    package var name: String
    /// The user id (or ARN) MonitorContact is sent with.
    package var userId: String
    /// SILENT_MONITOR and BARGE, or SILENT_MONITOR alone (`--silent-only`).
    package var capabilities: [MonitorCapability]

    package init(name: String, userId: String, capabilities: [MonitorCapability]) {
        self.name = name
        self.userId = userId
        self.capabilities = capabilities
    }
}

/// Where finding the supervisor's user stands: once found it is kept for the run; a failure can
/// be tried again with the next `L`.
package enum SupervisorLookup: Hashable, Sendable {
    case unknown
    case finding
    case found(Supervisor)
    /// One line that says why, naming `--user`.
    case failed(String)
}

/// A contact being listened to, as far as this run knows.
package enum MonitorStatus: Hashable, Sendable {
    /// MonitorContact was sent; no answer yet.
    case asking
    /// The supervisor's softphone rings: `monitoringContactId` is their new monitoring contact.
    case listening(monitoringContactId: String)
    /// One line with its fix.
    case failed(String)
}
