import ContactLensModel
import FoundationEssentials

/// GetCurrentMetricData over the floor, grouped by nothing, QUEUE, CHANNEL, both, or
/// ROUTING_PROFILE; sorted (AGENTS_ONLINE descending by default), paged from one snapshot (the
/// token carries its time, and expires after 5 minutes), under its own quota.
extension ConnectOperations {
    mutating func currentMetricData(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        try admit(request, "GetCurrentMetricData", method: GetCurrentMetricData.method, at: now)
        let instanceId = try instance(label: request.path.dropFirst(GetCurrentMetricData.path(instanceId: "").count))
        let body = try Self.body(GetCurrentMetricDataRequest.Body.self, request, invalid: ErrorResponse.invalidParameter)
        let query = try MetricQuery(body, floor: floor)
        let fingerprint = request.bodyFingerprint
        var snapshot = now
        var start = 0
        if let token = body.nextToken {
            let position = try PagedAnswer<Int>.position(token, fingerprint: fingerprint, tokens: tokens)
            start = position >> 40
            snapshot = epoch.addingTimeInterval(Double(position & (1 << 40 - 1)) / 1000)
            if now.timeIntervalSince(snapshot) > 300 { throw .invalidParameter("The NextToken has expired.") }
        }
        let figures = floor.map { FloorFigures(floor: $0, records: records, schedule: schedule, epoch: epoch, at: snapshot) }
        var results = query.groups.map { group in
            CurrentMetricResult(
                dimensions: group.dimensions(arn: { arn(instanceId, $0, $1) }),
                collections: query.metrics.map { metric in
                    CurrentMetricData(
                        metric: metric.echo,
                        value: figures?.value(
                            metric.name, queues: group.queues, channels: group.channels, ungrouped: query.ungrouped))
                })
        }
        let sortBy = query.sort?.sortByMetric ?? .agentsOnline
        let descending = query.sort?.sortOrder != .ascending
        results = results.enumerated().sorted { a, b in
            let (x, y) = (a.element.value(sortBy) ?? -1, b.element.value(sortBy) ?? -1)
            return x == y ? a.offset < b.offset : (descending ? x > y : x < y)
        }.map(\.element)
        let page = Array(results.dropFirst(start).prefix(query.maxResults))
        let end = start + page.count
        let snapshotMillis = max(0, Int(snapshot.timeIntervalSince(epoch) * 1000))
        let next =
            end < results.count ? tokens.encode(PageToken(contactIndex: fingerprint, position: end << 40 | snapshotMillis)) : nil
        return Self.json(
            GetCurrentMetricDataResponse(
                metricResults: page, nextToken: next, dataSnapshotTime: snapshot, approximateTotalCount: results.count))
    }
}

/// A GetCurrentMetricData request checked against the model and the documented rules.
private struct MetricQuery {
    struct Metric {
        var name: CurrentMetricName
        var echo: CurrentMetric
    }

    struct Group {
        var queue: String?
        var channel: String?
        var routingProfile: String?
        var queues: Set<String>
        var channels: Set<String>

        func dimensions(arn: (String, String) -> String) -> Dimensions? {
            guard queue != nil || channel != nil || routingProfile != nil else { return nil }
            return Dimensions(
                queue: queue.map { ResourceReference(id: $0, arn: arn("queue", $0)) }, channel: channel.map(ConnectChannel.init),
                routingProfile: routingProfile.map { ResourceReference(id: $0, arn: arn("routing-profile", $0)) })
        }
    }

    var metrics: [Metric] = []
    var groups: [Group] = []
    var ungrouped: Bool
    var maxResults: Int
    var sort: CurrentMetricSortCriteria?

    init(_ body: GetCurrentMetricDataRequest.Body, floor: ScenarioFloor?) throws(ErrorResponse) {
        guard let filters = body.filters else { throw .invalidParameter("Filters is required") }
        guard let requested = body.currentMetrics, !requested.isEmpty else {
            throw .invalidParameter("CurrentMetrics is required")
        }
        do { try filters.validate() } catch { throw .invalidParameter(error.message) }
        if filters.queues != nil && filters.routingProfiles != nil {
            throw .invalidParameter("You cannot filter by both queue and routing profile")
        }
        guard filters.queues != nil || filters.routingProfiles != nil else {
            throw .invalidParameter("Filters must hold Queues or RoutingProfiles")
        }
        if let bad = filters.channels?.first(where: { !$0.isInModel || $0 == .email }) {
            throw .invalidParameter("Channel \(bad.rawValue.prefix(20)) is not supported: VOICE, CHAT and TASK are")
        }
        let groupings = body.groupings ?? []
        ungrouped = groupings.isEmpty
        if groupings.count > 2 || Set(groupings).count != groupings.count {
            throw .invalidParameter("Groupings: at most 2, each once")
        }
        if let other = groupings.first(where: { ![.queue, .channel, .routingProfile].contains($0) }) {
            throw .invalidParameter(
                "Grouping \(other.rawValue.prefix(30)) is not served by the emulator: use QUEUE, CHANNEL or ROUTING_PROFILE")
        }
        maxResults = body.maxResults ?? 100
        guard GetCurrentMetricData.maxResultsRange.contains(maxResults) else {
            throw .invalidParameter("MaxResults must be between 1 and 100")
        }
        let metricIds = requested.compactMap(\.metricId)
        if metricIds.count > GetCurrentMetricData.metricIdLimit { throw .invalidParameter("At most 10 MetricId per request") }
        for metric in requested { metrics.append(try Self.metric(metric)) }
        let names = Set(metrics.map(\.name))
        if names.contains(.estimatedWaitTime)
            && (groupings != [.queue, .channel] || filters.queues == nil || filters.channels == nil)
        {
            throw .invalidParameter("ESTIMATED_WAIT_TIME needs Queues and Channels filters and the groupings QUEUE, CHANNEL")
        }
        if groupings.contains(.routingProfile) && filters.routingProfiles == nil
            && !names.isDisjoint(with: [.contactsInQueue, .oldestContactAge, .contactsScheduled])
        {
            throw .invalidParameter(
                "Grouping by ROUTING_PROFILE with CONTACTS_IN_QUEUE, OLDEST_CONTACT_AGE or CONTACTS_SCHEDULED needs a RoutingProfiles filter"
            )
        }
        if let criteria = body.sortCriteria {
            guard criteria.count <= 1 else { throw .invalidParameter("SortCriteria: at most 1") }
            sort = criteria.first
            if let by = sort?.sortByMetric, by == .slotsActive || by == .slotsAvailable || !by.isInModel {
                throw .invalidParameter("Sorting on \(by.rawValue.prefix(30)) is not supported")
            }
        }
        groups = Self.groups(groupings, filters: filters, floor: floor)
    }

    static func metric(_ metric: CurrentMetric) throws(ErrorResponse) -> Metric {
        var name = metric.name
        if let id = metric.metricId {
            guard let range = id.firstRange(of: ":aws:metric/"), id.hasPrefix("arn:") else {
                throw .invalidParameter(
                    "MetricId \(id.prefix(80)) not found: the emulator knows the out-of-the-box metrics by ARN")
            }
            name = CurrentMetricName(rawValue: String(id[range.upperBound...]))
        }
        guard let name, name.isInModel else {
            throw .invalidParameter("CurrentMetrics: \(metric.name?.rawValue.prefix(40) ?? "a metric") is not a current metric")
        }
        guard let unit = metric.unit else { throw .invalidParameter("CurrentMetrics: Unit is required for \(name.rawValue)") }
        guard unit == name.unit else {
            throw .invalidParameter(
                "Unit \(unit.rawValue.prefix(20)) is not valid for \(name.rawValue): use \(name.unit.rawValue)")
        }
        return Metric(name: name, echo: metric)
    }

    /// The results' groups, in the filters' order.
    static func groups(_ groupings: [MetricGrouping], filters: CurrentMetricFilters, floor: ScenarioFloor?) -> [Group] {
        let profiles = floor?.routingProfiles ?? []
        let known = Set(floor?.queues.map(\.id) ?? [])
        func queueId(_ value: String) -> String { value.split(separator: "/").last.map(String.init) ?? value }
        func profileId(_ value: String) -> String { value.split(separator: "/").last.map(String.init) ?? value }
        let queues: [String] =
            filters.queues.map { $0.map(queueId).filter(known.contains) }
            ?? profiles.filter { filters.routingProfiles?.map(profileId).contains($0.id) == true }.flatMap(\.queueIds)
        let uniqueQueues = queues.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let channels = filters.channels?.map(\.rawValue) ?? ["VOICE", "CHAT", "TASK"]
        var out = [Group(queues: Set(uniqueQueues), channels: Set(channels))]
        for grouping in groupings {
            out = out.flatMap { group -> [Group] in
                switch grouping {
                case .queue:
                    return uniqueQueues.filter(group.queues.contains).map {
                        var g = group
                        (g.queue, g.queues) = ($0, [$0])
                        return g
                    }
                case .channel:
                    return channels.filter(group.channels.contains).map {
                        var g = group
                        (g.channel, g.channels) = ($0, [$0])
                        return g
                    }
                default:
                    let wanted = filters.routingProfiles.map { Set($0.map(profileId)) }
                    return profiles.filter { wanted?.contains($0.id) ?? !group.queues.isDisjoint(with: $0.queueIds) }.map {
                        var g = group
                        (g.routingProfile, g.queues) = (
                            $0.id, wanted == nil ? group.queues.intersection($0.queueIds) : Set($0.queueIds)
                        )
                        return g
                    }
                }
            }
        }
        return out
    }
}
