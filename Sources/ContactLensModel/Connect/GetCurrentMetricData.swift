/// `GetCurrentMetricData` (`POST /metrics/current/{InstanceId}`): a queue's figures now — callers
/// waiting, the oldest wait, agents online, available, on contact, in after-contact work. Its
/// own quota: 5 requests/s, burst 8, per account (apart from Contact Lens's).
package enum GetCurrentMetricData {
    package static let method = "POST"
    package static let maxResultsRange = 1...100
    /// Queues and routing profiles: 1 to 100 each.
    package static let resourceFilterRange = 1...100
    package static let channelsLimit = 4
    package static let groupingsLimit = 2
    /// Metric ids (custom metrics, or the out-of-the-box ones by ARN): at most 10 a request.
    package static let metricIdLimit = 10

    package static func path(instanceId: String) -> String { "/metrics/current/\(ConnectPath.label(instanceId))" }
}

/// `CurrentMetricName`.
package struct CurrentMetricName: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let agentsOnline = CurrentMetricName(rawValue: "AGENTS_ONLINE")
    package static let agentsAvailable = CurrentMetricName(rawValue: "AGENTS_AVAILABLE")
    package static let agentsOnCall = CurrentMetricName(rawValue: "AGENTS_ON_CALL")
    package static let agentsNonProductive = CurrentMetricName(rawValue: "AGENTS_NON_PRODUCTIVE")
    package static let agentsAfterContactWork = CurrentMetricName(rawValue: "AGENTS_AFTER_CONTACT_WORK")
    package static let agentsError = CurrentMetricName(rawValue: "AGENTS_ERROR")
    package static let agentsStaffed = CurrentMetricName(rawValue: "AGENTS_STAFFED")
    package static let contactsInQueue = CurrentMetricName(rawValue: "CONTACTS_IN_QUEUE")
    package static let oldestContactAge = CurrentMetricName(rawValue: "OLDEST_CONTACT_AGE")
    package static let contactsScheduled = CurrentMetricName(rawValue: "CONTACTS_SCHEDULED")
    package static let agentsOnContact = CurrentMetricName(rawValue: "AGENTS_ON_CONTACT")
    package static let slotsActive = CurrentMetricName(rawValue: "SLOTS_ACTIVE")
    package static let slotsAvailable = CurrentMetricName(rawValue: "SLOTS_AVAILABLE")
    package static let estimatedWaitTime = CurrentMetricName(rawValue: "ESTIMATED_WAIT_TIME")
    package static let knownValues: [CurrentMetricName] = [
        .agentsOnline, .agentsAvailable, .agentsOnCall, .agentsNonProductive, .agentsAfterContactWork, .agentsError,
        .agentsStaffed, .contactsInQueue, .oldestContactAge, .contactsScheduled, .agentsOnContact, .slotsActive,
        .slotsAvailable, .estimatedWaitTime,
    ]

    /// The unit the documentation gives each metric: SECONDS for the two times, COUNT otherwise.
    package var unit: MetricUnit { self == .oldestContactAge || self == .estimatedWaitTime ? .seconds : .count }
}

/// `Unit`.
package struct MetricUnit: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let seconds = MetricUnit(rawValue: "SECONDS")
    package static let count = MetricUnit(rawValue: "COUNT")
    package static let percent = MetricUnit(rawValue: "PERCENT")
    package static let knownValues: [MetricUnit] = [.seconds, .count, .percent]
}

/// `Grouping`.
package struct MetricGrouping: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let queue = MetricGrouping(rawValue: "QUEUE")
    package static let channel = MetricGrouping(rawValue: "CHANNEL")
    package static let routingProfile = MetricGrouping(rawValue: "ROUTING_PROFILE")
    package static let routingStepExpression = MetricGrouping(rawValue: "ROUTING_STEP_EXPRESSION")
    package static let agentStatus = MetricGrouping(rawValue: "AGENT_STATUS")
    package static let subtype = MetricGrouping(rawValue: "SUBTYPE")
    package static let validationTestType = MetricGrouping(rawValue: "VALIDATION_TEST_TYPE")
    package static let knownValues: [MetricGrouping] = [
        .queue, .channel, .routingProfile, .routingStepExpression, .agentStatus, .subtype, .validationTestType,
    ]
}

/// `CurrentMetric`: a metric by name (or `MetricId`) and unit.
package struct CurrentMetric: Codable, Hashable, Sendable {
    package var name: CurrentMetricName?
    package var metricId: String?
    package var unit: MetricUnit?

    package init(name: CurrentMetricName?, metricId: String? = nil, unit: MetricUnit?) {
        self.name = name
        self.metricId = metricId
        self.unit = unit
    }

    /// The metric with the unit its documentation gives.
    package init(_ name: CurrentMetricName) { self.init(name: name, unit: name.unit) }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case metricId = "MetricId"
        case unit = "Unit"
    }
}

/// `Filters` of GetCurrentMetricData: queues or routing profiles (not both), channels…
package struct CurrentMetricFilters: Codable, Hashable, Sendable {
    package var queues: [String]?
    package var channels: [ConnectChannel]?
    package var routingProfiles: [String]?

    package init(queues: [String]? = nil, channels: [ConnectChannel]? = nil, routingProfiles: [String]? = nil) {
        self.queues = queues
        self.channels = channels
        self.routingProfiles = routingProfiles
    }

    enum CodingKeys: String, CodingKey {
        case queues = "Queues"
        case channels = "Channels"
        case routingProfiles = "RoutingProfiles"
    }

    package func validate() throws(RequestValidationError) {
        try ConnectCheck.count(queues, GetCurrentMetricData.resourceFilterRange, "Filters.Queues")
        try ConnectCheck.count(routingProfiles, GetCurrentMetricData.resourceFilterRange, "Filters.RoutingProfiles")
        try ConnectCheck.count(channels, 0...GetCurrentMetricData.channelsLimit, "Filters.Channels")
    }
}

/// `CurrentMetricSortCriteria`.
package struct CurrentMetricSortCriteria: Codable, Hashable, Sendable {
    package var sortByMetric: CurrentMetricName?
    package var sortOrder: SortOrder?

    package init(sortByMetric: CurrentMetricName?, sortOrder: SortOrder?) {
        self.sortByMetric = sortByMetric
        self.sortOrder = sortOrder
    }

    enum CodingKeys: String, CodingKey {
        case sortByMetric = "SortByMetric"
        case sortOrder = "SortOrder"
    }
}

/// `GetCurrentMetricDataRequest`: the InstanceId travels in the path, the rest in the body.
/// `Filters` and `CurrentMetrics` are required.
package struct GetCurrentMetricDataRequest: Hashable, Sendable {
    package var instanceId: String
    package var filters: CurrentMetricFilters
    package var groupings: [MetricGrouping]?
    package var currentMetrics: [CurrentMetric]
    package var nextToken: String?
    package var maxResults: Int?
    package var sortCriteria: [CurrentMetricSortCriteria]?

    package init(
        instanceId: String, filters: CurrentMetricFilters, groupings: [MetricGrouping]? = nil, currentMetrics: [CurrentMetric],
        nextToken: String? = nil, maxResults: Int? = nil, sortCriteria: [CurrentMetricSortCriteria]? = nil
    ) {
        self.instanceId = instanceId
        self.filters = filters
        self.groupings = groupings
        self.currentMetrics = currentMetrics
        self.nextToken = nextToken
        self.maxResults = maxResults
        self.sortCriteria = sortCriteria
    }

    /// The JSON body.
    package struct Body: Codable, Hashable, Sendable {
        package var filters: CurrentMetricFilters?
        package var groupings: [MetricGrouping]?
        package var currentMetrics: [CurrentMetric]?
        package var nextToken: String?
        package var maxResults: Int?
        package var sortCriteria: [CurrentMetricSortCriteria]?

        enum CodingKeys: String, CodingKey {
            case filters = "Filters"
            case groupings = "Groupings"
            case currentMetrics = "CurrentMetrics"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
            case sortCriteria = "SortCriteria"
        }
    }

    package var body: Body {
        Body(
            filters: filters, groupings: groupings, currentMetrics: currentMetrics, nextToken: nextToken, maxResults: maxResults,
            sortCriteria: sortCriteria)
    }

    /// True when the answer is aggregated over the instance: then OLDEST_CONTACT_AGE comes back in
    /// milliseconds although its unit says SECONDS.
    package var isUngrouped: Bool { groupings?.isEmpty ?? true }

    package func validate() throws(RequestValidationError) {
        try ConnectCheck.ids(instanceId: instanceId)
        try filters.validate()
        try ConnectCheck.count(groupings, 0...GetCurrentMetricData.groupingsLimit, "Groupings")
        try ConnectCheck.value(maxResults, GetCurrentMetricData.maxResultsRange, "MaxResults")
        try ConnectCheck.count(sortCriteria, 0...1, "SortCriteria")
    }
}
