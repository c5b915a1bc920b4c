import FoundationEssentials

/// `SearchContacts` (`POST /search-contacts`): finished and live contacts by time, queue, agent,
/// channel and the words of their Contact Lens transcript. Contact records are kept 24 months.
package enum SearchContacts {
    package static let method = "POST"
    package static let path = "/search-contacts"
    package static let maxResultsRange = 1...100
    package static let nextTokenLength = 1...100_000
}

/// `SearchContactsTimeRangeType`: which of the contact's timestamps a range applies to.
package struct SearchContactsTimeRangeType: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let initiationTimestamp = SearchContactsTimeRangeType(rawValue: "INITIATION_TIMESTAMP")
    package static let scheduledTimestamp = SearchContactsTimeRangeType(rawValue: "SCHEDULED_TIMESTAMP")
    package static let connectedToAgentTimestamp = SearchContactsTimeRangeType(rawValue: "CONNECTED_TO_AGENT_TIMESTAMP")
    package static let disconnectTimestamp = SearchContactsTimeRangeType(rawValue: "DISCONNECT_TIMESTAMP")
    package static let enqueueTimestamp = SearchContactsTimeRangeType(rawValue: "ENQUEUE_TIMESTAMP")
    package static let knownValues: [SearchContactsTimeRangeType] = [
        .initiationTimestamp, .scheduledTimestamp, .connectedToAgentTimestamp, .disconnectTimestamp, .enqueueTimestamp,
    ]
}

/// `SearchContactsTimeRange`: Type, StartTime and EndTime are all required.
package struct SearchContactsTimeRange: Codable, Hashable, Sendable {
    package var type: SearchContactsTimeRangeType
    package var startTime: Date
    package var endTime: Date

    package init(type: SearchContactsTimeRangeType = .initiationTimestamp, startTime: Date, endTime: Date) {
        self.type = type
        self.startTime = startTime
        self.endTime = endTime
    }

    enum CodingKeys: String, CodingKey {
        case type = "Type"
        case startTime = "StartTime"
        case endTime = "EndTime"
    }
}

/// `Sort`: FieldName and Order are required.
package struct SearchContactsSort: Codable, Hashable, Sendable {
    /// INITIATION_TIMESTAMP, SCHEDULED_TIMESTAMP, CONNECTED_TO_AGENT_TIMESTAMP, DISCONNECT_TIMESTAMP,
    /// INITIATION_METHOD, CHANNEL or EXPIRY_TIMESTAMP.
    package var fieldName: String
    package var order: SortOrder

    package init(fieldName: String, order: SortOrder) {
        self.fieldName = fieldName
        self.order = order
    }

    enum CodingKeys: String, CodingKey {
        case fieldName = "FieldName"
        case order = "Order"
    }

    package static let sortableFields = [
        "INITIATION_TIMESTAMP", "SCHEDULED_TIMESTAMP", "CONNECTED_TO_AGENT_TIMESTAMP", "DISCONNECT_TIMESTAMP",
        "INITIATION_METHOD", "CHANNEL", "EXPIRY_TIMESTAMP",
    ]
}

/// `SearchContactsRequest`: InstanceId and TimeRange are required.
package struct SearchContactsRequest: Codable, Hashable, Sendable {
    package var instanceId: String
    package var timeRange: SearchContactsTimeRange
    package var searchCriteria: SearchCriteria?
    package var maxResults: Int?
    package var nextToken: String?
    package var sort: SearchContactsSort?

    package init(
        instanceId: String, timeRange: SearchContactsTimeRange, searchCriteria: SearchCriteria? = nil, maxResults: Int? = nil,
        nextToken: String? = nil, sort: SearchContactsSort? = nil
    ) {
        self.instanceId = instanceId
        self.timeRange = timeRange
        self.searchCriteria = searchCriteria
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.sort = sort
    }

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case timeRange = "TimeRange"
        case searchCriteria = "SearchCriteria"
        case maxResults = "MaxResults"
        case nextToken = "NextToken"
        case sort = "Sort"
    }

    package func validate() throws(RequestValidationError) {
        try ConnectCheck.ids(instanceId: instanceId)
        try ConnectCheck.value(maxResults, SearchContacts.maxResultsRange, "MaxResults")
        try ConnectCheck.length(nextToken, SearchContacts.nextTokenLength, "NextToken")
        try searchCriteria?.validate()
    }
}

/// `SearchContactsResponse`: `TotalCount` comes with the first page.
package struct SearchContactsResponse: Codable, Hashable, Sendable {
    package var contacts: [ContactSearchSummary]
    package var nextToken: String?
    package var totalCount: Int?
    /// Each contact as the service wrote it, members the model above leaves out included
    /// (`--output jsonl` prints them all); never encoded.
    package var contactObjects: [JSONValue] = []

    package init(contacts: [ContactSearchSummary], nextToken: String? = nil, totalCount: Int? = nil) {
        self.contacts = contacts
        self.nextToken = nextToken
        self.totalCount = totalCount
    }

    enum CodingKeys: String, CodingKey {
        case contacts = "Contacts"
        case nextToken = "NextToken"
        case totalCount = "TotalCount"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contacts = try c.decodeIfPresent([ContactSearchSummary].self, forKey: .contacts) ?? []
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
        totalCount = try c.decodeIfPresent(Int.self, forKey: .totalCount)
        contactObjects = (try? c.decodeIfPresent([JSONValue].self, forKey: .contacts)) ?? []
    }
}

/// `ContactSearchSummary`: ids, channel, how it began, queue, agent and times (no sentiment or
/// categories: those are in the contact's analysis).
package struct ContactSearchSummary: Codable, Hashable, Sendable {
    package var arn: String?
    package var id: String?
    package var initialContactId: String?
    package var previousContactId: String?
    package var initiationMethod: ContactInitiationMethod?
    package var channel: String?
    package var queueInfo: QueueInfo?
    package var agentInfo: AgentInfo?
    package var initiationTimestamp: Date?
    package var disconnectTimestamp: Date?
    package var scheduledTimestamp: Date?
    package var name: String?

    package init(
        arn: String? = nil, id: String?, initialContactId: String? = nil, previousContactId: String? = nil,
        initiationMethod: ContactInitiationMethod? = nil, channel: String? = nil, queueInfo: QueueInfo? = nil,
        agentInfo: AgentInfo? = nil, initiationTimestamp: Date? = nil, disconnectTimestamp: Date? = nil,
        scheduledTimestamp: Date? = nil, name: String? = nil
    ) {
        self.arn = arn
        self.id = id
        self.initialContactId = initialContactId
        self.previousContactId = previousContactId
        self.initiationMethod = initiationMethod
        self.channel = channel
        self.queueInfo = queueInfo
        self.agentInfo = agentInfo
        self.initiationTimestamp = initiationTimestamp
        self.disconnectTimestamp = disconnectTimestamp
        self.scheduledTimestamp = scheduledTimestamp
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case arn = "Arn"
        case id = "Id"
        case initialContactId = "InitialContactId"
        case previousContactId = "PreviousContactId"
        case initiationMethod = "InitiationMethod"
        case channel = "Channel"
        case queueInfo = "QueueInfo"
        case agentInfo = "AgentInfo"
        case initiationTimestamp = "InitiationTimestamp"
        case disconnectTimestamp = "DisconnectTimestamp"
        case scheduledTimestamp = "ScheduledTimestamp"
        case name = "Name"
    }
}
