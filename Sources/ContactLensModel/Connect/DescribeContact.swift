import FoundationEssentials

/// Amazon Connect's `DescribeContact` (`GET /contacts/{InstanceId}/{ContactId}`): the contact's
/// channel (which API analyses it) and its place in a chain of transfers.
package enum DescribeContact {
    package static let method = "GET"

    package static func path(instanceId: String, contactId: String) -> String {
        "/contacts/" + ListSegmentsV2.uriLabel(instanceId) + "/" + ListSegmentsV2.uriLabel(contactId)
    }
}

/// `DescribeContactResponse`.
package struct DescribeContactResponse: Codable, Hashable, Sendable {
    package var contact: Contact?

    package init(contact: Contact?) { self.contact = contact }

    enum CodingKeys: String, CodingKey { case contact = "Contact" }
}

/// `Contact`, the members lenstail reads. Every transfer makes a new contact: its
/// `PreviousContactId` is the leg it came from and `InitialContactId` the first of the chain; there
/// is no "next contact" member, only `NextContacts` for quick-connect transfers.
package struct Contact: Codable, Hashable, Sendable {
    package var arn: String?
    package var id: String?
    package var initialContactId: String?
    package var previousContactId: String?
    package var contactAssociationId: String?
    package var initiationMethod: ContactInitiationMethod?
    package var channel: String?
    package var queueInfo: QueueInfo?
    package var agentInfo: AgentInfo?
    package var initiationTimestamp: Date?
    package var disconnectTimestamp: Date?
    package var lastUpdateTimestamp: Date?
    package var relatedContactId: String?
    package var nextContacts: [NextContactEntry]?
    /// When the contact reached Amazon Connect (an inbound call's arrival, a chat's start).
    package var connectedToSystemTimestamp: Date?

    package init(
        arn: String? = nil, id: String?, initialContactId: String? = nil, previousContactId: String? = nil,
        contactAssociationId: String? = nil, initiationMethod: ContactInitiationMethod? = nil, channel: String?,
        queueInfo: QueueInfo? = nil, agentInfo: AgentInfo? = nil, initiationTimestamp: Date? = nil,
        disconnectTimestamp: Date? = nil, lastUpdateTimestamp: Date? = nil, relatedContactId: String? = nil,
        nextContacts: [NextContactEntry]? = nil, connectedToSystemTimestamp: Date? = nil
    ) {
        self.arn = arn
        self.id = id
        self.initialContactId = initialContactId
        self.previousContactId = previousContactId
        self.contactAssociationId = contactAssociationId
        self.initiationMethod = initiationMethod
        self.channel = channel
        self.queueInfo = queueInfo
        self.agentInfo = agentInfo
        self.initiationTimestamp = initiationTimestamp
        self.disconnectTimestamp = disconnectTimestamp
        self.lastUpdateTimestamp = lastUpdateTimestamp
        self.relatedContactId = relatedContactId
        self.nextContacts = nextContacts
        self.connectedToSystemTimestamp = connectedToSystemTimestamp
    }

    enum CodingKeys: String, CodingKey {
        case arn = "Arn"
        case id = "Id"
        case initialContactId = "InitialContactId"
        case previousContactId = "PreviousContactId"
        case contactAssociationId = "ContactAssociationId"
        case initiationMethod = "InitiationMethod"
        case channel = "Channel"
        case queueInfo = "QueueInfo"
        case agentInfo = "AgentInfo"
        case initiationTimestamp = "InitiationTimestamp"
        case disconnectTimestamp = "DisconnectTimestamp"
        case lastUpdateTimestamp = "LastUpdateTimestamp"
        case relatedContactId = "RelatedContactId"
        case nextContacts = "NextContacts"
        case connectedToSystemTimestamp = "ConnectedToSystemTimestamp"
    }

    /// The contacts this one was transferred to through a quick connect, in order.
    package var quickConnectContactIds: [String] {
        (nextContacts ?? []).compactMap { $0.nextContactMetadata?.quickConnectContactData?.contactId }
    }
}

/// `QueueInfo`.
package struct QueueInfo: Codable, Hashable, Sendable {
    package var id: String?
    package var enqueueTimestamp: Date?

    package init(id: String?, enqueueTimestamp: Date? = nil) {
        self.id = id
        self.enqueueTimestamp = enqueueTimestamp
    }

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case enqueueTimestamp = "EnqueueTimestamp"
    }
}

/// `AgentInfo`, the members lenstail reads.
package struct AgentInfo: Codable, Hashable, Sendable {
    package var id: String?
    package var connectedToAgentTimestamp: Date?

    package init(id: String?, connectedToAgentTimestamp: Date? = nil) {
        self.id = id
        self.connectedToAgentTimestamp = connectedToAgentTimestamp
    }

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case connectedToAgentTimestamp = "ConnectedToAgentTimestamp"
    }
}

/// `NextContactEntry`: a contact this one was transferred to (Type QUICK_CONNECT).
package struct NextContactEntry: Codable, Hashable, Sendable {
    package var type: String?
    package var nextContactMetadata: NextContactMetadata?

    package init(type: String? = "QUICK_CONNECT", nextContactMetadata: NextContactMetadata?) {
        self.type = type
        self.nextContactMetadata = nextContactMetadata
    }

    enum CodingKeys: String, CodingKey {
        case type = "Type"
        case nextContactMetadata = "NextContactMetadata"
    }

    /// `NextContactMetadata`, a union of one member today.
    package struct NextContactMetadata: Codable, Hashable, Sendable {
        package var quickConnectContactData: QuickConnectContactData?

        package init(quickConnectContactData: QuickConnectContactData?) {
            self.quickConnectContactData = quickConnectContactData
        }

        enum CodingKeys: String, CodingKey { case quickConnectContactData = "QuickConnectContactData" }
    }

    /// `QuickConnectContactData`.
    package struct QuickConnectContactData: Codable, Hashable, Sendable {
        package var contactId: String?
        package var initiationTimestamp: Date?
        package var quickConnectId: String?
        package var quickConnectName: String?
        /// USER, QUEUE, PHONE_NUMBER or FLOW.
        package var quickConnectType: String?

        package init(
            contactId: String?, initiationTimestamp: Date? = nil, quickConnectId: String? = nil,
            quickConnectName: String? = nil, quickConnectType: String? = nil
        ) {
            self.contactId = contactId
            self.initiationTimestamp = initiationTimestamp
            self.quickConnectId = quickConnectId
            self.quickConnectName = quickConnectName
            self.quickConnectType = quickConnectType
        }

        enum CodingKeys: String, CodingKey {
            case contactId = "ContactId"
            case initiationTimestamp = "InitiationTimestamp"
            case quickConnectId = "QuickConnectId"
            case quickConnectName = "QuickConnectName"
            case quickConnectType = "QuickConnectType"
        }
    }
}
