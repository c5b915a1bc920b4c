import ContactLensModel

/// What the wall watches, as resolved ids: GetCurrentUserData takes one kind of filter per
/// request, at most 100 ids of a kind (one hierarchy group), so a floor is several requests.
package struct FloorFilter: Hashable, Sendable {
    package var queues: [String] = []
    package var agents: [String] = []
    package var routingProfiles: [String] = []
    package var hierarchyGroups: [String] = []

    package init(queues: [String] = [], agents: [String] = [], routingProfiles: [String] = [], hierarchyGroups: [String] = []) {
        self.queues = queues
        self.agents = agents
        self.routingProfiles = routingProfiles
        self.hierarchyGroups = hierarchyGroups
    }

    package var isEmpty: Bool { queues.isEmpty && agents.isEmpty && routingProfiles.isEmpty && hierarchyGroups.isEmpty }

    /// The request filters that together cover the floor, each within the API's limits.
    package var requests: [UserDataFilters] {
        let limit = GetCurrentUserData.filterLimit
        var out: [UserDataFilters] = []
        out += Self.chunks(unique(queues), limit).map { UserDataFilters(queues: $0) }
        out += Self.chunks(unique(agents), limit).map { UserDataFilters(agents: $0) }
        out += Self.chunks(unique(routingProfiles), limit).map { UserDataFilters(routingProfiles: $0) }
        out += unique(hierarchyGroups).map { UserDataFilters(userHierarchyGroups: [$0]) }
        return out
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    static func chunks(_ ids: [String], _ size: Int) -> [[String]] {
        stride(from: 0, to: ids.count, by: size).map { Array(ids[$0..<min(ids.count, $0 + size)]) }
    }
}

/// One live contact on the floor, as discovery saw it.
struct FloorContact: Hashable, Sendable {
    var contactId: String
    var channel: String
    var state: String
    var agentId: String?
    var queueId: String?
    var routingProfileId: String?
    /// Epoch seconds the agent got the contact (else when its state began).
    var connectedAt: Double?
    /// INBOUND, TRANSFER, QUEUE_TRANSFER…: a transfer's leg is linked to the leg it came from.
    var initiationMethod: String?

    /// A transfer began this contact: the wall asks where it came from.
    var isTransfer: Bool { initiationMethod == "TRANSFER" || initiationMethod == "QUEUE_TRANSFER" }

    /// States in which a contact has (or is about to have) a real-time analysis.
    static let liveStates: Set<String> = ["CONNECTING", "CONNECTED", "CONNECTED_ONHOLD"]

    /// Channels Contact Lens analyses in real time: calls (the voice API) and chats (the chat API).
    static let analysedChannels: Set<String> = ["VOICE", "CHAT"]

    /// The calls and chats of some user data entries that are live, each once.
    static func live(in users: [UserData]) -> [FloorContact] {
        var seen = Set<String>()
        var out: [FloorContact] = []
        for user in users {
            for contact in user.contacts ?? [] {
                guard let id = contact.contactId, let channel = contact.channel, analysedChannels.contains(channel),
                    liveStates.contains(contact.agentContactState ?? ""), seen.insert(id).inserted
                else { continue }
                out.append(
                    FloorContact(
                        contactId: id, channel: channel, state: contact.agentContactState ?? "",
                        agentId: user.user?.id, queueId: contact.queue?.id, routingProfileId: user.routingProfile?.id,
                        connectedAt: contact.connectedToAgentTimestamp ?? contact.stateStartTimestamp,
                        initiationMethod: contact.initiationMethod))
            }
        }
        return out
    }
}
