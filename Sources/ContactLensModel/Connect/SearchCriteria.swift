/// `SearchCriteria` of SearchContacts (the members lenstail uses).
package struct SearchCriteria: Codable, Hashable, Sendable {
    package var agentIds: [String]?
    package var agentHierarchyGroups: AgentHierarchyGroups?
    package var channels: [ConnectChannel]?
    package var contactAnalysis: ContactAnalysis?
    package var initiationMethods: [ContactInitiationMethod]?
    package var queueIds: [String]?
    package var additionalTimeRange: SearchContactsAdditionalTimeRange?

    package init(
        agentIds: [String]? = nil, agentHierarchyGroups: AgentHierarchyGroups? = nil, channels: [ConnectChannel]? = nil,
        contactAnalysis: ContactAnalysis? = nil, initiationMethods: [ContactInitiationMethod]? = nil, queueIds: [String]? = nil,
        additionalTimeRange: SearchContactsAdditionalTimeRange? = nil
    ) {
        self.agentIds = agentIds
        self.agentHierarchyGroups = agentHierarchyGroups
        self.channels = channels
        self.contactAnalysis = contactAnalysis
        self.initiationMethods = initiationMethods
        self.queueIds = queueIds
        self.additionalTimeRange = additionalTimeRange
    }

    enum CodingKeys: String, CodingKey {
        case agentIds = "AgentIds"
        case agentHierarchyGroups = "AgentHierarchyGroups"
        case channels = "Channels"
        case contactAnalysis = "ContactAnalysis"
        case initiationMethods = "InitiationMethods"
        case queueIds = "QueueIds"
        case additionalTimeRange = "AdditionalTimeRange"
    }

    package static let idsLimit = 100
    package static let hierarchyGroupLimit = 10

    package func validate() throws(RequestValidationError) {
        try ConnectCheck.count(agentIds, 0...Self.idsLimit, "SearchCriteria.AgentIds")
        for id in agentIds ?? [] { try ConnectCheck.length(id, 1...256, "SearchCriteria.AgentIds[]") }
        try ConnectCheck.count(queueIds, 0...Self.idsLimit, "SearchCriteria.QueueIds")
        try agentHierarchyGroups?.validate()
        try contactAnalysis?.transcript?.validate()
    }
}

/// `AgentHierarchyGroups`: up to 10 group ids per level.
package struct AgentHierarchyGroups: Codable, Hashable, Sendable {
    package var l1Ids, l2Ids, l3Ids, l4Ids, l5Ids: [String]?

    package init(
        l1Ids: [String]? = nil, l2Ids: [String]? = nil, l3Ids: [String]? = nil, l4Ids: [String]? = nil, l5Ids: [String]? = nil
    ) {
        (self.l1Ids, self.l2Ids, self.l3Ids, self.l4Ids, self.l5Ids) = (l1Ids, l2Ids, l3Ids, l4Ids, l5Ids)
    }

    enum CodingKeys: String, CodingKey {
        case l1Ids = "L1Ids"
        case l2Ids = "L2Ids"
        case l3Ids = "L3Ids"
        case l4Ids = "L4Ids"
        case l5Ids = "L5Ids"
    }

    /// The levels in order, L1 first.
    package var levels: [[String]?] { [l1Ids, l2Ids, l3Ids, l4Ids, l5Ids] }

    func validate() throws(RequestValidationError) {
        for (i, ids) in levels.enumerated() {
            try ConnectCheck.count(
                ids, 0...SearchCriteria.hierarchyGroupLimit, "SearchCriteria.AgentHierarchyGroups.L\(i + 1)Ids")
        }
    }
}

/// `SearchContactsMatchType`: how several texts (or criteria) combine.
package struct SearchContactsMatchType: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let matchAll = SearchContactsMatchType(rawValue: "MATCH_ALL")
    package static let matchAny = SearchContactsMatchType(rawValue: "MATCH_ANY")
    package static let matchExact = SearchContactsMatchType(rawValue: "MATCH_EXACT")
    package static let matchNone = SearchContactsMatchType(rawValue: "MATCH_NONE")
    package static let knownValues: [SearchContactsMatchType] = [.matchAll, .matchAny, .matchExact, .matchNone]
}

/// `ContactAnalysis`: criteria on Contact Lens's outputs.
package struct ContactAnalysis: Codable, Hashable, Sendable {
    package var transcript: TranscriptSearch?

    package init(transcript: TranscriptSearch?) { self.transcript = transcript }

    enum CodingKeys: String, CodingKey { case transcript = "Transcript" }
}

/// The model's `Transcript` of `ContactAnalysis` (renamed here: `Transcript` is a turn): up to 6
/// criteria and how they combine.
package struct TranscriptSearch: Codable, Hashable, Sendable {
    package var criteria: [TranscriptCriteria]
    package var matchType: SearchContactsMatchType?

    package init(criteria: [TranscriptCriteria], matchType: SearchContactsMatchType? = nil) {
        self.criteria = criteria
        self.matchType = matchType
    }

    enum CodingKeys: String, CodingKey {
        case criteria = "Criteria"
        case matchType = "MatchType"
    }

    package static let criteriaLimit = 6
    package static let searchTextLimit = 100
    package static let searchTextLength = 0...128

    func validate() throws(RequestValidationError) {
        let at = "SearchCriteria.ContactAnalysis.Transcript.Criteria"
        try ConnectCheck.count(criteria, 0...Self.criteriaLimit, at)
        for (i, criterion) in criteria.enumerated() {
            try ConnectCheck.count(criterion.searchText, 0...Self.searchTextLimit, "\(at)[\(i)].SearchText")
            for text in criterion.searchText {
                try ConnectCheck.length(text, Self.searchTextLength, "\(at)[\(i)].SearchText[]")
            }
        }
    }
}

/// `TranscriptCriteria`: what one participant said. ParticipantRole, SearchText and MatchType are
/// required.
package struct TranscriptCriteria: Codable, Hashable, Sendable {
    /// AGENT, CUSTOMER, SYSTEM, CUSTOM_BOT or SUPERVISOR.
    package var participantRole: String
    package var searchText: [String]
    package var matchType: SearchContactsMatchType

    package init(participantRole: String, searchText: [String], matchType: SearchContactsMatchType) {
        self.participantRole = participantRole
        self.searchText = searchText
        self.matchType = matchType
    }

    enum CodingKeys: String, CodingKey {
        case participantRole = "ParticipantRole"
        case searchText = "SearchText"
        case matchType = "MatchType"
    }

    package static let participantRoles = ["AGENT", "CUSTOMER", "SYSTEM", "CUSTOM_BOT", "SUPERVISOR"]
}

/// `SearchContactsAdditionalTimeRange`: more time conditions, e.g. "no disconnect time yet" (a
/// contact still in progress). Criteria and MatchType are required.
package struct SearchContactsAdditionalTimeRange: Codable, Hashable, Sendable {
    package var criteria: [Criteria]
    package var matchType: SearchContactsMatchType

    package init(criteria: [Criteria], matchType: SearchContactsMatchType = .matchAll) {
        self.criteria = criteria
        self.matchType = matchType
    }

    enum CodingKeys: String, CodingKey {
        case criteria = "Criteria"
        case matchType = "MatchType"
    }

    /// Only contacts that have not ended yet.
    package static var inProgress: SearchContactsAdditionalTimeRange {
        SearchContactsAdditionalTimeRange(
            criteria: [Criteria(timestampCondition: TimestampCondition(type: .disconnectTimestamp, conditionType: "NOT_EXISTS"))])
    }

    /// `SearchContactsAdditionalTimeRangeCriteria`: a time range, or a condition on a timestamp.
    package struct Criteria: Codable, Hashable, Sendable {
        package var timeRange: SearchContactsTimeRange?
        package var timestampCondition: TimestampCondition?

        package init(timeRange: SearchContactsTimeRange? = nil, timestampCondition: TimestampCondition? = nil) {
            self.timeRange = timeRange
            self.timestampCondition = timestampCondition
        }

        enum CodingKeys: String, CodingKey {
            case timeRange = "TimeRange"
            case timestampCondition = "TimestampCondition"
        }
    }

    /// `SearchContactsTimestampCondition`: Type and ConditionType (NOT_EXISTS) are required.
    package struct TimestampCondition: Codable, Hashable, Sendable {
        package var type: SearchContactsTimeRangeType
        package var conditionType: String

        package init(type: SearchContactsTimeRangeType, conditionType: String) {
            self.type = type
            self.conditionType = conditionType
        }

        enum CodingKeys: String, CodingKey {
            case type = "Type"
            case conditionType = "ConditionType"
        }
    }
}
