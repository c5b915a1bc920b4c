import FoundationEssentials

/// `GetCurrentMetricDataResponse`.
package struct GetCurrentMetricDataResponse: Codable, Hashable, Sendable {
    package var nextToken: String?
    package var metricResults: [CurrentMetricResult]
    package var dataSnapshotTime: Date?
    package var approximateTotalCount: Int?

    package init(
        metricResults: [CurrentMetricResult], nextToken: String? = nil, dataSnapshotTime: Date? = nil,
        approximateTotalCount: Int? = nil
    ) {
        self.metricResults = metricResults
        self.nextToken = nextToken
        self.dataSnapshotTime = dataSnapshotTime
        self.approximateTotalCount = approximateTotalCount
    }

    enum CodingKeys: String, CodingKey {
        case nextToken = "NextToken"
        case metricResults = "MetricResults"
        case dataSnapshotTime = "DataSnapshotTime"
        case approximateTotalCount = "ApproximateTotalCount"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
        metricResults = try c.decodeIfPresent([CurrentMetricResult].self, forKey: .metricResults) ?? []
        dataSnapshotTime = try c.decodeIfPresent(Date.self, forKey: .dataSnapshotTime)
        approximateTotalCount = try c.decodeIfPresent(Int.self, forKey: .approximateTotalCount)
    }

    /// The answer with OLDEST_CONTACT_AGE in seconds, as its unit says. The service documents
    /// that an ungrouped request gets it in milliseconds (`"Unit": "SECONDS", "Value": 24113.0` is
    /// 24 s); grouped ones get seconds.
    package func normalized(ungrouped: Bool) -> GetCurrentMetricDataResponse {
        guard ungrouped else { return self }
        var copy = self
        for r in copy.metricResults.indices {
            for c in copy.metricResults[r].collections.indices
            where copy.metricResults[r].collections[c].metric?.name == .oldestContactAge {
                copy.metricResults[r].collections[c].value = copy.metricResults[r].collections[c].value.map { $0 / 1000 }
            }
        }
        return copy
    }
}

/// `CurrentMetricResult`: one group's figures (one queue's, with QUEUE grouping).
package struct CurrentMetricResult: Codable, Hashable, Sendable {
    package var dimensions: Dimensions?
    package var collections: [CurrentMetricData]

    package init(dimensions: Dimensions?, collections: [CurrentMetricData]) {
        self.dimensions = dimensions
        self.collections = collections
    }

    enum CodingKeys: String, CodingKey {
        case dimensions = "Dimensions"
        case collections = "Collections"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dimensions = try c.decodeIfPresent(Dimensions.self, forKey: .dimensions)
        collections = try c.decodeIfPresent([CurrentMetricData].self, forKey: .collections) ?? []
    }

    /// The value of `name`: nil when absent or null ("not computable").
    package func value(_ name: CurrentMetricName) -> Double? {
        collections.first { $0.metric?.name == name }?.value
    }
}

/// `Dimensions`: what a result is grouped by.
package struct Dimensions: Codable, Hashable, Sendable {
    package var queue: ResourceReference?
    package var channel: ConnectChannel?
    package var routingProfile: ResourceReference?

    package init(queue: ResourceReference? = nil, channel: ConnectChannel? = nil, routingProfile: ResourceReference? = nil) {
        self.queue = queue
        self.channel = channel
        self.routingProfile = routingProfile
    }

    enum CodingKeys: String, CodingKey {
        case queue = "Queue"
        case channel = "Channel"
        case routingProfile = "RoutingProfile"
    }
}

/// `CurrentMetricData`: a metric and its value; a null value means it cannot be computed.
package struct CurrentMetricData: Hashable, Sendable, Codable {
    package var metric: CurrentMetric?
    package var value: Double?

    package init(metric: CurrentMetric?, value: Double?) {
        self.metric = metric
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case metric = "Metric"
        case value = "Value"
    }

    /// Writes `"Value": null` for a value that cannot be computed, as the service does.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(metric, forKey: .metric)
        try c.encode(value, forKey: .value)
    }
}
