import FoundationEssentials

/// The contact centre around a scenario's contacts, for GetCurrentUserData and the listings:
/// agents, queues, routing profiles, and which agent takes which contact when.
/// Contacts of the floor start on the emulator's clock (not at their first request), so a wall
/// sees calls come and go as on a real floor.
package struct ScenarioFloor: Codable, Hashable, Sendable {
    package var agents: [Agent]
    package var queues: [Named]
    package var routingProfiles: [RoutingProfile]
    package var calls: [Call]
    /// Users who take no calls but may listen in (MonitorContact, SearchUsers, ListUsers).
    package var supervisors: [Supervisor]?
    /// Callers waiting in a queue (GetCurrentMetricData).
    package var waiting: [WaitingCaller]?
    /// Contacts that ended before the emulator started (SearchContacts, DescribeContact).
    package var history: [PastContact]?
    /// The agent hierarchy's groups by name (ListUserHierarchyGroups); agents name theirs by id.
    package var hierarchyGroups: [Named]?

    package init(
        agents: [Agent], queues: [Named], routingProfiles: [RoutingProfile], calls: [Call], supervisors: [Supervisor]? = nil,
        waiting: [WaitingCaller]? = nil, history: [PastContact]? = nil, hierarchyGroups: [Named]? = nil
    ) {
        self.agents = agents
        self.queues = queues
        self.routingProfiles = routingProfiles
        self.calls = calls
        self.supervisors = supervisors
        self.waiting = waiting
        self.history = history
        self.hierarchyGroups = hierarchyGroups
    }

    enum CodingKeys: String, CodingKey {
        case agents = "Agents"
        case queues = "Queues"
        case routingProfiles = "RoutingProfiles"
        case calls = "Calls"
        case supervisors = "Supervisors"
        case waiting = "Waiting"
        case history = "History"
        case hierarchyGroups = "HierarchyGroups"
    }

    package struct Named: Codable, Hashable, Sendable {
        package var id: String
        package var name: String
        package init(id: String, name: String) {
            self.id = id
            self.name = name
        }
        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case name = "Name"
        }
    }

    package struct Agent: Codable, Hashable, Sendable {
        package var id: String
        package var username: String
        package var routingProfileId: String
        package var hierarchyGroupIds: [String]?
        package init(id: String, username: String, routingProfileId: String, hierarchyGroupIds: [String]? = nil) {
            self.id = id
            self.username = username
            self.routingProfileId = routingProfileId
            self.hierarchyGroupIds = hierarchyGroupIds
        }
        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case username = "Username"
            case routingProfileId = "RoutingProfileId"
            case hierarchyGroupIds = "HierarchyGroupIds"
        }
    }

    package struct RoutingProfile: Codable, Hashable, Sendable {
        package var id: String
        package var name: String
        package var queueIds: [String]
        package init(id: String, name: String, queueIds: [String]) {
            self.id = id
            self.name = name
            self.queueIds = queueIds
        }
        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case name = "Name"
            case queueIds = "QueueIds"
        }
    }

    /// A contact of the scenario taken by `agentId` from `queueId`, `startsAtMillis` after the
    /// emulator starts (divided by the speed). A transferred leg names the leg it came from and
    /// starts when that one ends (or at `startsAtMillis`, if later).
    package struct Call: Codable, Hashable, Sendable {
        package var contactId: String
        package var agentId: String
        package var queueId: String
        package var startsAtMillis: Int
        /// INBOUND (the default), TRANSFER (an agent's quick connect), QUEUE_TRANSFER (a flow)…
        package var initiationMethod: String?
        /// The leg this one was transferred from.
        package var previousContactId: String?
        /// The quick connect a TRANSFER used (DescribeContact's NextContacts on the previous leg).
        package var quickConnect: String?
        /// A leg whose flow has no Contact Lens block: no scenario contact, no analysis (the segments
        /// APIs answer 404), and this long on the floor's clock.
        package var durationMillis: Int?
        /// Supervisors already listening in (at most two may).
        package var monitoredBy: Int?

        package init(
            contactId: String, agentId: String, queueId: String, startsAtMillis: Int, initiationMethod: String? = nil,
            previousContactId: String? = nil, quickConnect: String? = nil, durationMillis: Int? = nil, monitoredBy: Int? = nil
        ) {
            self.contactId = contactId
            self.agentId = agentId
            self.queueId = queueId
            self.startsAtMillis = startsAtMillis
            self.initiationMethod = initiationMethod
            self.previousContactId = previousContactId
            self.quickConnect = quickConnect
            self.durationMillis = durationMillis
            self.monitoredBy = monitoredBy
        }

        enum CodingKeys: String, CodingKey {
            case contactId = "ContactId"
            case agentId = "AgentId"
            case queueId = "QueueId"
            case startsAtMillis = "StartsAtMillis"
            case initiationMethod = "InitiationMethod"
            case previousContactId = "PreviousContactId"
            case quickConnect = "QuickConnect"
            case durationMillis = "DurationMillis"
            case monitoredBy = "MonitoredBy"
        }
    }
}
