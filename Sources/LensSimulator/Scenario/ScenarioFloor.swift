import Foundation

/// The contact centre around a scenario's contacts, for GetCurrentUserData and the listings:
/// agents, queues, routing profiles, and which agent takes which contact when.
/// Contacts of the floor start on the emulator's clock (not at their first request), so a wall
/// sees calls come and go as on a real floor.
package struct ScenarioFloor: Codable, Hashable, Sendable {
    package var agents: [Agent]
    package var queues: [Named]
    package var routingProfiles: [RoutingProfile]
    package var calls: [Call]

    package init(agents: [Agent], queues: [Named], routingProfiles: [RoutingProfile], calls: [Call]) {
        self.agents = agents
        self.queues = queues
        self.routingProfiles = routingProfiles
        self.calls = calls
    }

    enum CodingKeys: String, CodingKey {
        case agents = "Agents"
        case queues = "Queues"
        case routingProfiles = "RoutingProfiles"
        case calls = "Calls"
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
    /// emulator starts (divided by the speed).
    package struct Call: Codable, Hashable, Sendable {
        package var contactId: String
        package var agentId: String
        package var queueId: String
        package var startsAtMillis: Int
        package init(contactId: String, agentId: String, queueId: String, startsAtMillis: Int) {
            self.contactId = contactId
            self.agentId = agentId
            self.queueId = queueId
            self.startsAtMillis = startsAtMillis
        }
        enum CodingKeys: String, CodingKey {
            case contactId = "ContactId"
            case agentId = "AgentId"
            case queueId = "QueueId"
            case startsAtMillis = "StartsAtMillis"
        }
    }

    /// Every reference resolves and every call names a contact of the scenario.
    func validate(contactIds: Set<String>) throws(ScenarioError) {
        let agentIds = Set(agents.map(\.id))
        let queueIds = Set(queues.map(\.id))
        let profileIds = Set(routingProfiles.map(\.id))
        for (i, agent) in agents.enumerated() where !profileIds.contains(agent.routingProfileId) {
            throw ScenarioError("Floor.Agents[\(i)].RoutingProfileId: no routing profile \(agent.routingProfileId)")
        }
        for (i, call) in calls.enumerated() {
            let at = "Floor.Calls[\(i)]"
            if !contactIds.contains(call.contactId) { throw ScenarioError("\(at).ContactId: no contact \(call.contactId)") }
            if !agentIds.contains(call.agentId) { throw ScenarioError("\(at).AgentId: no agent \(call.agentId)") }
            if !queueIds.contains(call.queueId) { throw ScenarioError("\(at).QueueId: no queue \(call.queueId)") }
            if call.startsAtMillis < 0 { throw ScenarioError("\(at).StartsAtMillis: must be 0 or more") }
        }
    }
}
