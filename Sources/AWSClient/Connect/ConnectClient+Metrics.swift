import ContactLensModel

extension ConnectClient {
    /// One page of GetCurrentMetricData, OLDEST_CONTACT_AGE in seconds whatever the grouping (an
    /// ungrouped answer gives it in milliseconds under the unit SECONDS; this reads it back).
    package func getCurrentMetricData(_ request: GetCurrentMetricDataRequest) async throws(ClientError)
        -> GetCurrentMetricDataResponse
    {
        try Self.checked(request.validate)
        var page = try await post(
            "GetCurrentMetricData", path: GetCurrentMetricData.path(instanceId: request.instanceId), body: request.body,
            as: GetCurrentMetricDataResponse.self)
        if page.nextToken?.isEmpty == true { page.nextToken = nil }
        return page.normalized(ungrouped: request.isUngrouped)
    }

    /// Every result of the request, following NextToken (the service wants the same parameters
    /// on each page).
    package func allCurrentMetricData(_ request: GetCurrentMetricDataRequest) async throws(ClientError) -> [CurrentMetricResult] {
        try await Self.pages { (token: String?) throws(ClientError) in
            var paged = request
            paged.nextToken = token
            let page = try await getCurrentMetricData(paged)
            return (page.metricResults, page.nextToken)
        }
    }
}
