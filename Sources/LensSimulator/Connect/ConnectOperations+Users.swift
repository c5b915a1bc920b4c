import ContactLensModel
import FoundationEssentials

/// SearchUsers over the floor's agents and supervisors: StringCondition on Username, FirstName,
/// LastName, resourceId, RoutingProfileId or SecurityProfileId (STARTS_WITH, CONTAINS, EXACT, all
/// case-insensitive), HierarchyGroupCondition, And/Or lists; paged.
extension ConnectOperations {
    mutating func searchUsers(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        try admit(request, "SearchUsers", method: SearchUsers.method, at: now)
        let input = try Self.body(SearchUsersInput.self, request, invalid: ErrorResponse.invalidParameter)
        guard let instanceId = input.instanceId else {
            throw .invalidParameter(
                "1 validation error detected: Value null at 'instanceId' failed to satisfy constraint: Member must not be null")
        }
        try checkInstance(instanceId, invalid: ErrorResponse.invalidParameter)
        let maxResults = input.maxResults ?? 100
        guard SearchUsers.maxResultsRange.contains(maxResults) else {
            throw .invalidParameter("MaxResults must be between 1 and 500")
        }
        let users = (floor.map { MonitorUser.all(in: $0) } ?? []).map { summary($0, instanceId: instanceId) }
        var matching: [UserSearchSummary] = []
        for user in users where try Self.matches(user, input.searchCriteria) { matching.append(user) }
        let page = try PagedAnswer(
            matching, nextToken: input.nextToken, maxResults: maxResults, fingerprint: request.bodyFingerprint, tokens: tokens)
        return Self.json(SearchUsersResponse(users: page.items, nextToken: page.next, approximateTotalCount: matching.count))
    }

    private func summary(_ user: MonitorUser, instanceId: String) -> UserSearchSummary {
        let names = user.username.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return UserSearchSummary(
            arn: arn(instanceId, "agent", user.id), id: user.id, username: user.username,
            identityInfo: .init(firstName: user.firstName ?? names.first, lastName: user.lastName ?? names.dropFirst().first),
            phoneConfig: .init(phoneType: user.phoneType ?? "SOFT_PHONE", deskPhoneNumber: user.deskPhoneNumber),
            routingProfileId: user.routingProfileId, hierarchyGroupId: user.hierarchyGroupIds.first,
            securityProfileIds: [user.isSupervisor ? "sp-supervisor" : "sp-agent"])
    }

    static func matches(_ user: UserSearchSummary, _ criteria: UserSearchCriteria?) throws(ErrorResponse) -> Bool {
        guard let criteria else { return true }
        if let all = criteria.andConditions {
            for condition in all where try !matches(user, condition) { return false }
        }
        if let any = criteria.orConditions, !any.isEmpty {
            var hit = false
            for condition in any where try matches(user, condition) { hit = true }
            if !hit { return false }
        }
        if let group = criteria.hierarchyGroupCondition, let value = group.value, user.hierarchyGroupId != value {
            return false
        }
        guard let condition = criteria.stringCondition else { return true }
        guard let field = condition.fieldName, let value = condition.value, let comparison = condition.comparisonType else {
            throw .invalidParameter("StringCondition needs FieldName, Value and ComparisonType")
        }
        let candidates: [String?] =
            switch field {
            case "Username": [user.username]
            case "FirstName": [user.identityInfo?.firstName]
            case "LastName": [user.identityInfo?.lastName]
            case "resourceId": [user.id]
            case "RoutingProfileId": [user.routingProfileId]
            case "SecurityProfileId": user.securityProfileIds ?? []
            default:
                throw .invalidParameter(
                    "FieldName \(field.prefix(40)) is not supported: use Username, FirstName, LastName, resourceId, "
                        + "RoutingProfileId or SecurityProfileId")
            }
        let wanted = value.lowercased()
        return candidates.contains { candidate in
            guard let text = candidate?.lowercased() else { return false }
            switch comparison {
            case .exact: return text == wanted
            case .startsWith: return text.hasPrefix(wanted)
            case .contains: return text.contains(wanted)
            default: return false
            }
        }
    }
}

private struct SearchUsersInput: Decodable {
    var instanceId: String?
    var nextToken: String?
    var maxResults: Int?
    var searchCriteria: UserSearchCriteria?

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case nextToken = "NextToken"
        case maxResults = "MaxResults"
        case searchCriteria = "SearchCriteria"
    }
}

/// A user of the floor as MonitorContact and SearchUsers see them: an agent (no monitoring
/// permissions) or a supervisor.
struct MonitorUser: Sendable, Hashable {
    var id: String
    var username: String
    var firstName: String?
    var lastName: String?
    var routingProfileId: String?
    var hierarchyGroupIds: [String]
    var isSupervisor: Bool
    var canMonitor: Bool
    var canBarge: Bool
    var phoneType: String?
    var deskPhoneNumber: String?

    /// The floor's user with this id, if any.
    init?(id: String, floor: ScenarioFloor) {
        guard let user = Self.all(in: floor).first(where: { $0.id == id }) else { return nil }
        self = user
    }

    private init(agent: ScenarioFloor.Agent) {
        (id, username, firstName, lastName) = (agent.id, agent.username, nil, nil)
        routingProfileId = agent.routingProfileId
        hierarchyGroupIds = agent.hierarchyGroupIds ?? []
        (isSupervisor, canMonitor, canBarge, phoneType, deskPhoneNumber) = (false, false, false, nil, nil)
    }

    private init(supervisor: ScenarioFloor.Supervisor) {
        (id, username, firstName, lastName) = (supervisor.id, supervisor.username, supervisor.firstName, supervisor.lastName)
        (routingProfileId, hierarchyGroupIds, isSupervisor) = (nil, [], true)
        (canMonitor, canBarge) = (supervisor.canMonitor, supervisor.canBarge)
        (phoneType, deskPhoneNumber) = (supervisor.phoneType, supervisor.deskPhoneNumber)
    }

    /// The agents, then the supervisors.
    static func all(in floor: ScenarioFloor) -> [MonitorUser] {
        floor.agents.map(MonitorUser.init(agent:)) + (floor.supervisors ?? []).map(MonitorUser.init(supervisor:))
    }

    /// A desk phone number as the model's pattern `\+[1-9]\d{1,14}$` wants it.
    static func isE164(_ number: String?) -> Bool {
        guard let number, number.hasPrefix("+") else { return false }
        let digits = number.dropFirst()
        return (2...15).contains(digits.count) && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
            && digits.first != "0"
    }
}

/// User ids as MonitorContact takes them: an id, or a Connect user ARN ending in `/agent/<id>`.
enum SupervisorIds {
    static func userId(_ value: String) -> String {
        guard value.hasPrefix("arn:"), let range = value.firstRange(of: "/agent/") else { return value }
        return String(value[range.upperBound...])
    }
}
