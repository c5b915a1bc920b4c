import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// Amazon Connect's GetCurrentUserData, ListUsers, ListQueues and ListRoutingProfiles over a
/// scenario's floor, with the model's validation, paging and errors. Pure: time is passed in.
struct ConnectFloorHandler: Sendable {
    let floor: ScenarioFloor
    let instanceId: String
    /// Each floor call's contact id → when it starts and ends on the emulator's clock.
    let windows: [String: (start: Date, end: Date)]
    /// Each floor contact's channel: CHAT for a chat of the scenario, VOICE otherwise.
    let channels: [String: String]
    /// Each floor call's initiation method (TRANSFER for a transferred leg).
    let methods: [String: String]
    private let tokens = PageTokenCodec()
    /// An agent's contact stays listed as ENDED this long after the call (after-contact work).
    static let endedListing: TimeInterval = 20
    static let account = "123456789012"
    /// Listing tokens use the page-token codec with an index no contact has.
    static let tokenIndex = 1_000_000

    init(scenario: Scenario, floor: ScenarioFloor, schedule: FloorSchedule) {
        self.floor = floor
        instanceId = scenario.contacts.first?.instanceId ?? ""
        windows = schedule.windows
        let contacts = Dictionary(scenario.contacts.map { ($0.contactId, $0) }) { first, _ in first }
        var channels: [String: String] = [:]
        var methods: [String: String] = [:]
        for call in floor.calls {
            channels[call.contactId] = contacts[call.contactId]?.isChat == true ? "CHAT" : "VOICE"
            methods[call.contactId] = call.initiationMethod ?? (call.previousContactId == nil ? "INBOUND" : "TRANSFER")
        }
        self.channels = channels
        self.methods = methods
    }

    /// True for the paths this handler serves.
    static func handles(_ path: String) -> Bool {
        path.hasPrefix("/metrics/userdata/") || DirectoryKind.allCases.contains { path.hasPrefix($0.path(instanceId: "")) }
    }

    func respond(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        if request.path.hasPrefix("/metrics/userdata/") {
            guard request.method == "POST" else { throw .frontEnd(status: 405, code: "UnknownOperationException", "use POST") }
            return try currentUserData(request, at: now)
        }
        guard let kind = DirectoryKind.allCases.first(where: { request.path.hasPrefix($0.path(instanceId: "")) }) else {
            throw .frontEnd(status: 404, code: "UnknownOperationException", "No operation at \(request.path)")
        }
        guard request.method == "GET" else { throw .frontEnd(status: 405, code: "UnknownOperationException", "use GET") }
        return try list(kind, request)
    }

    // MARK: GetCurrentUserData

    private func currentUserData(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        try checkInstance(String(request.path.dropFirst("/metrics/userdata/".count)))
        let body: GetCurrentUserDataRequest.Body
        do {
            body = try JSONDecoder().decode(
                GetCurrentUserDataRequest.Body.self, from: Data(request.body.isEmpty ? Array("{}".utf8) : request.body))
        } catch {
            throw .frontEnd(status: 400, code: "SerializationException", "The request body does not match GetCurrentUserData")
        }
        guard let filters = body.filters else { throw .invalidParameter("Filters is required") }
        do { try filters.validate() } catch { throw .invalidParameter(error.message) }
        if filters.kindsGiven.count > 1 {
            throw .invalidRequest(
                "A maximum of one filter can be passed from queues, routing profiles, agents, and user hierarchy groups")
        }
        if let states = filters.contactStates, let bad = states.first(where: { !Self.states.contains($0) }) {
            throw .invalidParameter("Unknown contact state \(bad)")
        }
        let maxResults = body.maxResults ?? 100
        guard GetCurrentUserData.maxResultsRange.contains(maxResults) else {
            throw .invalidParameter("MaxResults must be between 1 and 100")
        }
        let matching = floor.agents.filter { matches($0, filters) }
        let start = try position(body.nextToken)
        let page = Array(matching.dropFirst(start).prefix(maxResults))
        let next =
            start + page.count < matching.count
            ? tokens.encode(PageToken(contactIndex: Self.tokenIndex, position: start + page.count)) : nil
        let response = GetCurrentUserDataResponse(
            userDataList: page.map { userData($0, states: filters.contactStates, at: now) }, nextToken: next,
            approximateTotalCount: matching.count)
        return Self.json(response)
    }

    private func matches(_ agent: ScenarioFloor.Agent, _ filters: UserDataFilters) -> Bool {
        func hit(_ list: [String]?, _ ids: [String], _ kind: String) -> Bool {
            guard let list else { return true }
            return ids.contains { id in list.contains(id) || list.contains(arn(kind, id)) }
        }
        let profile = floor.routingProfiles.first { $0.id == agent.routingProfileId }
        return hit(filters.agents, [agent.id], "agent")
            && hit(filters.routingProfiles, [agent.routingProfileId], "routing-profile")
            && hit(filters.queues, profile?.queueIds ?? [], "queue")
            && hit(filters.userHierarchyGroups, agent.hierarchyGroupIds ?? [], "agent-group")
    }

    private func userData(_ agent: ScenarioFloor.Agent, states: [String]?, at now: Date) -> UserData {
        var contacts: [AgentContactReference] = []
        for call in floor.calls where call.agentId == agent.id {
            guard let window = windows[call.contactId], now >= window.start,
                now < window.end.addingTimeInterval(Self.endedListing)
            else { continue }
            let ended = now >= window.end
            let state = ended ? "ENDED" : "CONNECTED"
            if let states, !states.contains(state) { continue }
            contacts.append(
                AgentContactReference(
                    contactId: call.contactId, channel: channels[call.contactId] ?? "VOICE",
                    initiationMethod: methods[call.contactId] ?? "INBOUND", agentContactState: state,
                    stateStartTimestamp: (ended ? window.end : window.start).timeIntervalSince1970,
                    connectedToAgentTimestamp: window.start.timeIntervalSince1970,
                    queue: ResourceReference(id: call.queueId, arn: arn("queue", call.queueId))))
        }
        return UserData(
            user: ResourceReference(id: agent.id, arn: arn("agent", agent.id)),
            routingProfile: ResourceReference(id: agent.routingProfileId, arn: arn("routing-profile", agent.routingProfileId)),
            hierarchyPath: agent.hierarchyGroupIds.map { HierarchyPathReference(levels: $0.map { ResourceReference(id: $0) }) },
            status: AgentStatusReference(statusName: "Available"), contacts: contacts)
    }

    // MARK: Listings

    private func list(_ kind: DirectoryKind, _ request: IncomingRequest) throws(ErrorResponse) -> SimulatorResponse {
        try checkInstance(String(request.path.dropFirst(kind.path(instanceId: "").count)))
        let query = Self.query(request.query)
        var maxResults = 1000
        if let text = query["maxResults"] {
            guard let value = Int(text), DirectoryKind.maxResultsRange.contains(value) else {
                throw .invalidParameter("maxResults must be between 1 and 1000")
            }
            maxResults = value
        }
        let all: [ResourceSummary] =
            switch kind {
            case .user:
                floor.agents.map { ResourceSummary(id: $0.id, arn: arn("agent", $0.id), name: $0.username) }
                    + (floor.supervisors ?? []).map { ResourceSummary(id: $0.id, arn: arn("agent", $0.id), name: $0.username) }
            case .queue: floor.queues.map { ResourceSummary(id: $0.id, arn: arn("queue", $0.id), name: $0.name) }
            case .routingProfile:
                floor.routingProfiles.map { ResourceSummary(id: $0.id, arn: arn("routing-profile", $0.id), name: $0.name) }
            case .hierarchyGroup:
                (floor.hierarchyGroups ?? []).map {
                    ResourceSummary(id: $0.id, arn: arn("agent-group", $0.id), name: $0.name)
                }
            }
        let start = try position(query["nextToken"])
        let page = Array(all.dropFirst(start).prefix(maxResults))
        let next =
            start + page.count < all.count
            ? tokens.encode(PageToken(contactIndex: Self.tokenIndex, position: start + page.count)) : nil
        return SimulatorResponse(
            status: 200, headers: [HTTPHeader("Content-Type", "application/json")],
            body: DirectoryPage(items: page, nextToken: next).encoded(kind: kind))
    }

    // MARK: Helpers

    static let states: Set<String> = [
        "INCOMING", "PENDING", "CONNECTING", "CONNECTED", "CONNECTED_ONHOLD", "MISSED", "ERROR", "ENDED", "REJECTED",
    ]

    private func checkInstance(_ encoded: String) throws(ErrorResponse) {
        let id = encoded.percentDecoded ?? encoded
        guard (1...100).contains(id.unicodeScalars.count) else {
            throw .invalidParameter("InstanceId must be 1 to 100 characters")
        }
        guard id == instanceId else { throw .modeled(.resourceNotFound, "Instance \(id) not found") }
    }

    private func position(_ token: String?) throws(ErrorResponse) -> Int {
        guard let token else { return 0 }
        guard let decoded = tokens.decode(token), decoded.contactIndex == Self.tokenIndex else {
            throw .invalidParameter("The NextToken is not valid.")
        }
        return decoded.position
    }

    private func arn(_ kind: String, _ id: String) -> String {
        "arn:aws:connect:\(DemoIdentity.region):\(Self.account):instance/\(instanceId)/\(kind)/\(id)"
    }

    static func query(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).percentDecoded ?? String($0) }
            out[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return out
    }

    static func json<T: Encodable>(_ value: T) -> SimulatorResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(value)).map(Array.init) ?? Array("{}".utf8)
        return SimulatorResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: body)
    }
}

extension ErrorResponse {
    /// Amazon Connect's errors carry its own namespace.
    static func invalidParameter(_ message: String) -> ErrorResponse {
        ErrorResponse(
            status: 400, code: "InvalidParameterException", message: message, messageKey: "Message",
            typeSuffix: "http://internal.amazon.com/coral/com.amazonaws.connect/")
    }

    static func invalidRequest(_ message: String) -> ErrorResponse {
        ErrorResponse(
            status: 400, code: "InvalidRequestException", message: message, messageKey: "Message",
            typeSuffix: "http://internal.amazon.com/coral/com.amazonaws.connect/")
    }
}
