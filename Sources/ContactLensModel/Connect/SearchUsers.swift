/// `SearchUsers` (`POST /search-users`): users of an instance by username, name, id…
package enum SearchUsers {
    package static let method = "POST"
    package static let path = "/search-users"
    package static let maxResultsRange = 1...500
    package static let nextTokenLength = 1...2500
}

/// `SearchUsersRequest` (the members lenstail uses; `SearchFilter` by tags is left out).
package struct SearchUsersRequest: Codable, Hashable, Sendable {
    package var instanceId: String
    package var nextToken: String?
    package var maxResults: Int?
    package var searchCriteria: UserSearchCriteria?

    package init(instanceId: String, searchCriteria: UserSearchCriteria? = nil, maxResults: Int? = nil, nextToken: String? = nil)
    {
        self.instanceId = instanceId
        self.searchCriteria = searchCriteria
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case nextToken = "NextToken"
        case maxResults = "MaxResults"
        case searchCriteria = "SearchCriteria"
    }

    package func validate() throws(RequestValidationError) {
        try ConnectCheck.ids(instanceId: instanceId)
        try ConnectCheck.length(nextToken, SearchUsers.nextTokenLength, "NextToken")
        try ConnectCheck.value(maxResults, SearchUsers.maxResultsRange, "MaxResults")
    }
}

/// `UserSearchCriteria`: a leaf `StringCondition`, or And/Or lists of criteria.
package struct UserSearchCriteria: Codable, Hashable, Sendable {
    package var orConditions: [UserSearchCriteria]?
    package var andConditions: [UserSearchCriteria]?
    package var stringCondition: StringCondition?
    package var hierarchyGroupCondition: HierarchyGroupCondition?

    package init(
        orConditions: [UserSearchCriteria]? = nil, andConditions: [UserSearchCriteria]? = nil,
        stringCondition: StringCondition? = nil, hierarchyGroupCondition: HierarchyGroupCondition? = nil
    ) {
        self.orConditions = orConditions
        self.andConditions = andConditions
        self.stringCondition = stringCondition
        self.hierarchyGroupCondition = hierarchyGroupCondition
    }

    enum CodingKeys: String, CodingKey {
        case orConditions = "OrConditions"
        case andConditions = "AndConditions"
        case stringCondition = "StringCondition"
        case hierarchyGroupCondition = "HierarchyGroupCondition"
    }

    /// One field compared with one value, e.g. `Username` EXACT `rosa.mendes`.
    package static func field(_ name: String, _ comparison: StringCondition.ComparisonType, _ value: String)
        -> UserSearchCriteria
    {
        UserSearchCriteria(stringCondition: StringCondition(fieldName: name, value: value, comparisonType: comparison))
    }
}

/// `StringCondition`. The service documents the fields `Username`, `FirstName`, `LastName`,
/// `RoutingProfileId`, `SecurityProfileId` and `resourceId`.
package struct StringCondition: Codable, Hashable, Sendable {
    package var fieldName: String?
    package var value: String?
    package var comparisonType: ComparisonType?

    package init(fieldName: String?, value: String?, comparisonType: ComparisonType?) {
        self.fieldName = fieldName
        self.value = value
        self.comparisonType = comparisonType
    }

    enum CodingKeys: String, CodingKey {
        case fieldName = "FieldName"
        case value = "Value"
        case comparisonType = "ComparisonType"
    }

    /// `StringComparisonType`.
    package struct ComparisonType: OpenEnum {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }
        package static let startsWith = ComparisonType(rawValue: "STARTS_WITH")
        package static let contains = ComparisonType(rawValue: "CONTAINS")
        package static let exact = ComparisonType(rawValue: "EXACT")
        package static let knownValues: [ComparisonType] = [.startsWith, .contains, .exact]
    }
}

/// `HierarchyGroupCondition`.
package struct HierarchyGroupCondition: Codable, Hashable, Sendable {
    package var value: String?
    /// EXACT or WITH_CHILD_GROUPS.
    package var hierarchyGroupMatchType: String?

    package init(value: String?, hierarchyGroupMatchType: String? = "EXACT") {
        self.value = value
        self.hierarchyGroupMatchType = hierarchyGroupMatchType
    }

    enum CodingKeys: String, CodingKey {
        case value = "Value"
        case hierarchyGroupMatchType = "HierarchyGroupMatchType"
    }
}

/// `SearchUsersResponse`.
package struct SearchUsersResponse: Codable, Hashable, Sendable {
    package var users: [UserSearchSummary]
    package var nextToken: String?
    package var approximateTotalCount: Int?

    package init(users: [UserSearchSummary], nextToken: String? = nil, approximateTotalCount: Int? = nil) {
        self.users = users
        self.nextToken = nextToken
        self.approximateTotalCount = approximateTotalCount
    }

    enum CodingKeys: String, CodingKey {
        case users = "Users"
        case nextToken = "NextToken"
        case approximateTotalCount = "ApproximateTotalCount"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        users = try c.decodeIfPresent([UserSearchSummary].self, forKey: .users) ?? []
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
        approximateTotalCount = try c.decodeIfPresent(Int.self, forKey: .approximateTotalCount)
    }
}

/// `UserSearchSummary`, the members lenstail reads.
package struct UserSearchSummary: Codable, Hashable, Sendable {
    package var arn: String?
    package var id: String?
    package var username: String?
    package var identityInfo: IdentityInfo?
    package var phoneConfig: PhoneConfig?
    package var routingProfileId: String?
    package var hierarchyGroupId: String?
    package var securityProfileIds: [String]?

    package init(
        arn: String? = nil, id: String?, username: String?, identityInfo: IdentityInfo? = nil, phoneConfig: PhoneConfig? = nil,
        routingProfileId: String? = nil, hierarchyGroupId: String? = nil, securityProfileIds: [String]? = nil
    ) {
        self.arn = arn
        self.id = id
        self.username = username
        self.identityInfo = identityInfo
        self.phoneConfig = phoneConfig
        self.routingProfileId = routingProfileId
        self.hierarchyGroupId = hierarchyGroupId
        self.securityProfileIds = securityProfileIds
    }

    enum CodingKeys: String, CodingKey {
        case arn = "Arn"
        case id = "Id"
        case username = "Username"
        case identityInfo = "IdentityInfo"
        case phoneConfig = "PhoneConfig"
        case routingProfileId = "RoutingProfileId"
        case hierarchyGroupId = "HierarchyGroupId"
        case securityProfileIds = "SecurityProfileIds"
    }

    /// `UserIdentityInfoLite`.
    package struct IdentityInfo: Codable, Hashable, Sendable {
        package var firstName: String?
        package var lastName: String?

        package init(firstName: String?, lastName: String?) {
            self.firstName = firstName
            self.lastName = lastName
        }

        enum CodingKeys: String, CodingKey {
            case firstName = "FirstName"
            case lastName = "LastName"
        }
    }

    /// `UserPhoneConfig`: SOFT_PHONE, or DESK_PHONE with an E.164 number.
    package struct PhoneConfig: Codable, Hashable, Sendable {
        package var phoneType: String?
        package var deskPhoneNumber: String?

        package init(phoneType: String?, deskPhoneNumber: String? = nil) {
            self.phoneType = phoneType
            self.deskPhoneNumber = deskPhoneNumber
        }

        enum CodingKeys: String, CodingKey {
            case phoneType = "PhoneType"
            case deskPhoneNumber = "DeskPhoneNumber"
        }
    }
}
