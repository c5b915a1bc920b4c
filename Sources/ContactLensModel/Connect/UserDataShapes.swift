import FoundationEssentials

/// `UserData`: one agent, their routing profile, hierarchy, status and current contacts.
/// Members lenstail does not use (slot counts by channel) are not decoded.
package struct UserData: Codable, Hashable, Sendable {
    package var user: ResourceReference?
    package var routingProfile: ResourceReference?
    package var hierarchyPath: HierarchyPathReference?
    package var status: AgentStatusReference?
    package var contacts: [AgentContactReference]?
    package var nextStatus: String?

    package init(
        user: ResourceReference?, routingProfile: ResourceReference? = nil, hierarchyPath: HierarchyPathReference? = nil,
        status: AgentStatusReference? = nil, contacts: [AgentContactReference]? = nil, nextStatus: String? = nil
    ) {
        self.user = user
        self.routingProfile = routingProfile
        self.hierarchyPath = hierarchyPath
        self.status = status
        self.contacts = contacts
        self.nextStatus = nextStatus
    }

    enum CodingKeys: String, CodingKey {
        case user = "User"
        case routingProfile = "RoutingProfile"
        case hierarchyPath = "HierarchyPath"
        case status = "Status"
        case contacts = "Contacts"
        case nextStatus = "NextStatus"
    }
}

/// `UserReference`, `RoutingProfileReference`, `QueueReference`, `HierarchyGroupSummaryReference`: an id and an ARN.
package struct ResourceReference: Codable, Hashable, Sendable {
    package var id: String?
    package var arn: String?

    package init(id: String?, arn: String? = nil) {
        self.id = id
        self.arn = arn
    }

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
    }
}

/// `HierarchyPathReference`: the agent's group at each level.
package struct HierarchyPathReference: Codable, Hashable, Sendable {
    package var levelOne, levelTwo, levelThree, levelFour, levelFive: ResourceReference?

    package init(levels: [ResourceReference]) {
        let at = { (i: Int) in i < levels.count ? levels[i] : nil }
        (levelOne, levelTwo, levelThree, levelFour, levelFive) = (at(0), at(1), at(2), at(3), at(4))
    }

    enum CodingKeys: String, CodingKey {
        case levelOne = "LevelOne"
        case levelTwo = "LevelTwo"
        case levelThree = "LevelThree"
        case levelFour = "LevelFour"
        case levelFive = "LevelFive"
    }
}

/// `AgentStatusReference`.
package struct AgentStatusReference: Codable, Hashable, Sendable {
    package var statusName: String?
    package var statusArn: String?
    /// Epoch seconds, as rest-json writes timestamps.
    package var statusStartTimestamp: Double?

    package init(statusName: String?, statusStartTimestamp: Double? = nil) {
        self.statusName = statusName
        self.statusStartTimestamp = statusStartTimestamp
    }

    enum CodingKeys: String, CodingKey {
        case statusName = "StatusName"
        case statusArn = "StatusArn"
        case statusStartTimestamp = "StatusStartTimestamp"
    }
}

/// `AgentContactReference`: one contact an agent has now. Enums are kept as the strings the
/// service sent (it adds values).
package struct AgentContactReference: Codable, Hashable, Sendable {
    package var contactId: String?
    /// VOICE, CHAT, TASK, EMAIL.
    package var channel: String?
    package var initiationMethod: String?
    /// INCOMING, PENDING, CONNECTING, CONNECTED, CONNECTED_ONHOLD, MISSED, ERROR, ENDED, REJECTED.
    package var agentContactState: String?
    package var stateStartTimestamp: Double?
    package var connectedToAgentTimestamp: Double?
    package var queue: ResourceReference?

    package init(
        contactId: String, channel: String, initiationMethod: String? = "INBOUND", agentContactState: String,
        stateStartTimestamp: Double? = nil, connectedToAgentTimestamp: Double? = nil, queue: ResourceReference? = nil
    ) {
        self.contactId = contactId
        self.channel = channel
        self.initiationMethod = initiationMethod
        self.agentContactState = agentContactState
        self.stateStartTimestamp = stateStartTimestamp
        self.connectedToAgentTimestamp = connectedToAgentTimestamp
        self.queue = queue
    }

    enum CodingKeys: String, CodingKey {
        case contactId = "ContactId"
        case channel = "Channel"
        case initiationMethod = "InitiationMethod"
        case agentContactState = "AgentContactState"
        case stateStartTimestamp = "StateStartTimestamp"
        case connectedToAgentTimestamp = "ConnectedToAgentTimestamp"
        case queue = "Queue"
    }
}
