/// `MonitorContact` (`POST /contact/monitor`): a supervisor's Contact Control Panel joins a live
/// contact, listening (SILENT_MONITOR) and, when allowed, able to barge in (BARGE).
package enum MonitorContact {
    package static let method = "POST"
    package static let path = "/contact/monitor"
    package static let userIdLength = 1...256
    package static let capabilitiesLimit = 2
    package static let clientTokenLength = 0...500
}

/// `MonitorCapability`.
package struct MonitorCapability: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let silentMonitor = MonitorCapability(rawValue: "SILENT_MONITOR")
    package static let barge = MonitorCapability(rawValue: "BARGE")
    package static let knownValues: [MonitorCapability] = [.silentMonitor, .barge]
}

/// `MonitorContactRequest`. `ClientToken` is the idempotency token: one per action, kept across
/// retries, so a retried request never rings the supervisor's phone twice.
package struct MonitorContactRequest: Codable, Hashable, Sendable {
    package var instanceId: String
    package var contactId: String
    /// The supervisor's user id (or ARN).
    package var userId: String
    package var allowedMonitorCapabilities: [MonitorCapability]?
    package var clientToken: String?

    package init(
        instanceId: String, contactId: String, userId: String, allowedMonitorCapabilities: [MonitorCapability]? = nil,
        clientToken: String? = nil
    ) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.userId = userId
        self.allowedMonitorCapabilities = allowedMonitorCapabilities
        self.clientToken = clientToken
    }

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case contactId = "ContactId"
        case userId = "UserId"
        case allowedMonitorCapabilities = "AllowedMonitorCapabilities"
        case clientToken = "ClientToken"
    }

    package func validate() throws(RequestValidationError) {
        try ConnectCheck.ids(instanceId: instanceId, contactId: contactId)
        try ConnectCheck.length(userId, MonitorContact.userIdLength, "UserId")
        try ConnectCheck.count(allowedMonitorCapabilities, 0...MonitorContact.capabilitiesLimit, "AllowedMonitorCapabilities")
        try ConnectCheck.length(clientToken, MonitorContact.clientTokenLength, "ClientToken")
    }
}

/// `MonitorContactResponse`: the supervisor's new monitoring contact (initiation method MONITOR),
/// not the monitored one.
package struct MonitorContactResponse: Codable, Hashable, Sendable {
    package var contactId: String?
    package var contactArn: String?

    package init(contactId: String?, contactArn: String?) {
        self.contactId = contactId
        self.contactArn = contactArn
    }

    enum CodingKeys: String, CodingKey {
        case contactId = "ContactId"
        case contactArn = "ContactArn"
    }
}
