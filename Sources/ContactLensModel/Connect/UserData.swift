import FoundationEssentials

/// `GetCurrentUserData` (Amazon Connect, rest-json): `POST /metrics/userdata/{InstanceId}`.
package enum GetCurrentUserData {
    package static let method = "POST"
    package static func path(instanceId: String) -> String { "/metrics/userdata/\(ConnectPath.label(instanceId))" }
    package static let maxResultsRange = 1...100
    /// Queues, routing profiles and agents: up to 100 each; hierarchy groups: 1.
    package static let filterLimit = 100
    package static let hierarchyGroupLimit = 1
    package static let contactStatesLimit = 9
}

/// `UserDataFilters`. The service takes at most one of queues, routing profiles, agents and
/// hierarchy groups per request (its documentation says so; the model cannot).
package struct UserDataFilters: Codable, Hashable, Sendable {
    package var queues: [String]?
    package var routingProfiles: [String]?
    package var agents: [String]?
    package var userHierarchyGroups: [String]?
    package var contactStates: [String]?

    package init(
        queues: [String]? = nil, routingProfiles: [String]? = nil, agents: [String]? = nil,
        userHierarchyGroups: [String]? = nil, contactStates: [String]? = nil
    ) {
        self.queues = queues
        self.routingProfiles = routingProfiles
        self.agents = agents
        self.userHierarchyGroups = userHierarchyGroups
        self.contactStates = contactStates
    }

    enum CodingKeys: String, CodingKey {
        case queues = "Queues"
        case routingProfiles = "RoutingProfiles"
        case agents = "Agents"
        case userHierarchyGroups = "UserHierarchyGroups"
        case contactFilter = "ContactFilter"
    }

    private struct ContactFilter: Codable {
        var contactStates: [String]?
        enum CodingKeys: String, CodingKey { case contactStates = "ContactStates" }
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        queues = try c.decodeIfPresent([String].self, forKey: .queues)
        routingProfiles = try c.decodeIfPresent([String].self, forKey: .routingProfiles)
        agents = try c.decodeIfPresent([String].self, forKey: .agents)
        userHierarchyGroups = try c.decodeIfPresent([String].self, forKey: .userHierarchyGroups)
        contactStates = try c.decodeIfPresent(ContactFilter.self, forKey: .contactFilter)?.contactStates
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(queues, forKey: .queues)
        try c.encodeIfPresent(routingProfiles, forKey: .routingProfiles)
        try c.encodeIfPresent(agents, forKey: .agents)
        try c.encodeIfPresent(userHierarchyGroups, forKey: .userHierarchyGroups)
        if let contactStates { try c.encode(ContactFilter(contactStates: contactStates), forKey: .contactFilter) }
    }

    /// The resource filters given (queues, routing profiles, agents, hierarchy groups), by name.
    package var kindsGiven: [String] {
        [
            ("Queues", queues), ("RoutingProfiles", routingProfiles), ("Agents", agents),
            ("UserHierarchyGroups", userHierarchyGroups),
        ]
        .compactMap { $0.1 == nil ? nil : $0.0 }
    }

    /// The model's list limits, as botocore's parameter validation checks them.
    package func validate() throws(RequestValidationError) {
        for (name, list, limit) in [
            ("Queues", queues, GetCurrentUserData.filterLimit),
            ("RoutingProfiles", routingProfiles, GetCurrentUserData.filterLimit),
            ("Agents", agents, GetCurrentUserData.filterLimit),
            ("UserHierarchyGroups", userHierarchyGroups, GetCurrentUserData.hierarchyGroupLimit),
        ] {
            if let list, !(1...limit).contains(list.count) {
                throw RequestValidationError("Filters.\(name) must hold 1 to \(limit) items (got \(list.count))")
            }
        }
        if let contactStates, contactStates.count > GetCurrentUserData.contactStatesLimit {
            throw RequestValidationError("Filters.ContactFilter.ContactStates must hold at most 9 items")
        }
    }
}

/// `GetCurrentUserDataRequest`: the InstanceId travels in the path, the rest in the body.
package struct GetCurrentUserDataRequest: Hashable, Sendable {
    package var instanceId: String
    package var filters: UserDataFilters
    package var nextToken: String?
    package var maxResults: Int?

    package init(instanceId: String, filters: UserDataFilters, nextToken: String? = nil, maxResults: Int? = nil) {
        self.instanceId = instanceId
        self.filters = filters
        self.nextToken = nextToken
        self.maxResults = maxResults
    }

    /// The JSON body: `Filters`, `NextToken`, `MaxResults`.
    package struct Body: Codable, Hashable, Sendable {
        package var filters: UserDataFilters?
        package var nextToken: String?
        package var maxResults: Int?

        enum CodingKeys: String, CodingKey {
            case filters = "Filters"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    package var body: Body { Body(filters: filters, nextToken: nextToken, maxResults: maxResults) }

    package func validate() throws(RequestValidationError) {
        try ConnectPath.checkInstanceId(instanceId)
        try filters.validate()
        if let maxResults, !GetCurrentUserData.maxResultsRange.contains(maxResults) {
            throw RequestValidationError("MaxResults must be between 1 and 100 (got \(maxResults))")
        }
    }
}

/// `GetCurrentUserDataResponse`.
package struct GetCurrentUserDataResponse: Codable, Hashable, Sendable {
    package var userDataList: [UserData]
    package var nextToken: String?
    package var approximateTotalCount: Int?

    package init(userDataList: [UserData], nextToken: String? = nil, approximateTotalCount: Int? = nil) {
        self.userDataList = userDataList
        self.nextToken = nextToken
        self.approximateTotalCount = approximateTotalCount
    }

    enum CodingKeys: String, CodingKey {
        case userDataList = "UserDataList"
        case nextToken = "NextToken"
        case approximateTotalCount = "ApproximateTotalCount"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        userDataList = try c.decodeIfPresent([UserData].self, forKey: .userDataList) ?? []
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
        approximateTotalCount = try c.decodeIfPresent(Int.self, forKey: .approximateTotalCount)
    }
}
