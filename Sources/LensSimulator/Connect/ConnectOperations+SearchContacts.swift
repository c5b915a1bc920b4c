import ContactLensModel
import FoundationEssentials

/// SearchContacts over the floor's contacts (past, live and ended since the emulator started):
/// the time range on the chosen timestamp, then the criteria — agents, queues, hierarchy groups,
/// channels, initiation methods, additional time ranges ("no disconnect yet": in progress) and
/// what was said. Newest first unless `Sort` says otherwise; TotalCount on the first page.
extension ConnectOperations {
    mutating func searchContacts(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        try admit(request, "SearchContacts", method: SearchContacts.method, at: now)
        let input = try Self.body(SearchContactsInput.self, request, invalid: ErrorResponse.invalidParameter)
        guard let instanceId = input.instanceId else { throw .invalidParameter("InstanceId is required") }
        guard let range = input.timeRange else { throw .invalidParameter("TimeRange is required") }
        try checkInstance(instanceId, invalid: ErrorResponse.invalidParameter)
        let request = SearchContactsRequest(
            instanceId: instanceId, timeRange: range, searchCriteria: input.searchCriteria, maxResults: input.maxResults,
            nextToken: input.nextToken, sort: input.sort)
        do { try request.validate() } catch { throw .invalidParameter(error.message) }
        try Self.checkEnums(request)
        guard range.startTime <= range.endTime else { throw .invalidParameter("TimeRange: StartTime must not be after EndTime") }
        var found = records.all(at: now).filter { record in
            Self.within(range, record, at: now) && Self.meets(request.searchCriteria, record, at: now)
        }
        let sort = request.sort ?? SearchContactsSort(fieldName: "INITIATION_TIMESTAMP", order: .descending)
        found = found.enumerated().sorted { a, b in
            let order = Self.compare(a.element, b.element, by: sort.fieldName, at: now)
            guard order != .orderedSame else { return a.offset < b.offset }
            return sort.order == .ascending ? order == .orderedAscending : order == .orderedDescending
        }.map(\.element)
        let page = try PagedAnswer(
            found, nextToken: request.nextToken, maxResults: request.maxResults ?? 100, fingerprint: self.request(request),
            tokens: tokens)
        let contacts = page.items.map { record in
            ContactSearchSummary(
                arn: arn(instanceId, "contact", record.id), id: record.id, initialContactId: record.initialContactId,
                previousContactId: record.previousContactId, initiationMethod: record.initiationMethod, channel: record.channel,
                queueInfo: record.queueId.map { QueueInfo(id: $0, enqueueTimestamp: record.enqueue) },
                agentInfo: record.agentId.map { AgentInfo(id: $0, connectedToAgentTimestamp: record.connected) },
                initiationTimestamp: record.initiation, disconnectTimestamp: record.disconnect(at: now))
        }
        return Self.json(
            SearchContactsResponse(contacts: contacts, nextToken: page.next, totalCount: page.isFirst ? found.count : nil))
    }

    /// The fingerprint that ties a NextToken to its search (everything but the token and page size).
    private func request(_ request: SearchContactsRequest) -> Int {
        var copy = request
        (copy.nextToken, copy.maxResults) = (nil, nil)
        let body = (try? ConnectJSON.encode(copy)) ?? []
        return IncomingRequest(method: "POST", path: SearchContacts.path, query: "", headers: [], body: body).bodyFingerprint
    }

    private static func within(_ range: SearchContactsTimeRange, _ record: ContactRecord, at now: Date) -> Bool {
        guard let time = record.timestamp(range.type, at: now) else { return false }
        return range.startTime <= time && time <= range.endTime
    }

    private static func meets(_ criteria: SearchCriteria?, _ record: ContactRecord, at now: Date) -> Bool {
        guard let criteria else { return true }
        func named(_ ids: [String]?, _ value: String?) -> Bool {
            guard let ids, !ids.isEmpty else { return true }
            guard let value else { return false }
            return ids.contains { $0 == value || $0.hasSuffix("/" + value) }
        }
        guard named(criteria.agentIds, record.agentId), named(criteria.queueIds, record.queueId) else { return false }
        if let channels = criteria.channels, !channels.isEmpty, !channels.map(\.rawValue).contains(record.channel) {
            return false
        }
        if let methods = criteria.initiationMethods, !methods.isEmpty, !methods.contains(record.initiationMethod) { return false }
        if let groups = criteria.agentHierarchyGroups {
            for (level, ids) in groups.levels.enumerated() {
                guard let ids, !ids.isEmpty else { continue }
                guard level < record.hierarchyGroupIds.count, ids.contains(record.hierarchyGroupIds[level]) else { return false }
            }
        }
        if let extra = criteria.additionalTimeRange, !extra.criteria.isEmpty {
            let results = extra.criteria.map { criterion -> Bool in
                if let range = criterion.timeRange, !within(range, record, at: now) { return false }
                if let condition = criterion.timestampCondition, record.timestamp(condition.type, at: now) != nil { return false }
                return true
            }
            if extra.matchType == .matchAny ? !results.contains(true) : results.contains(false) { return false }
        }
        if let transcript = criteria.contactAnalysis?.transcript, !transcript.criteria.isEmpty {
            return TranscriptMatcher.matches(transcript, record: record, at: now)
        }
        return true
    }

    private static func compare(_ a: ContactRecord, _ b: ContactRecord, by field: String, at now: Date) -> ComparisonResult {
        func order<T: Comparable>(_ x: T?, _ y: T?) -> ComparisonResult {
            switch (x, y) {
            case (let x?, let y?): x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
            case (nil, nil): .orderedSame
            case (nil, _): .orderedDescending  // no value sorts after every value
            case (_, nil): .orderedAscending
            }
        }
        switch field {
        case "INITIATION_TIMESTAMP": return order(a.initiation, b.initiation)
        case "CONNECTED_TO_AGENT_TIMESTAMP":
            return order(a.timestamp(.connectedToAgentTimestamp, at: now), b.timestamp(.connectedToAgentTimestamp, at: now))
        case "DISCONNECT_TIMESTAMP": return order(a.disconnect(at: now), b.disconnect(at: now))
        case "INITIATION_METHOD": return order(a.initiationMethod.rawValue, b.initiationMethod.rawValue)
        case "CHANNEL": return order(a.channel, b.channel)
        default: return .orderedSame
        }
    }

    /// Enum members the model lists, in the validation layer's words.
    private static func checkEnums(_ request: SearchContactsRequest) throws(ErrorResponse) {
        func check(_ value: String, _ known: [String], _ member: String) throws(ErrorResponse) {
            guard !known.contains(value) else { return }
            throw .invalidParameter(
                "Value '\(value.prefix(40))' at '\(member)' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[\(known.joined(separator: ", "))]")
        }
        let rangeTypes = SearchContactsTimeRangeType.knownValues.map(\.rawValue)
        let matchTypes = SearchContactsMatchType.knownValues.map(\.rawValue)
        try check(request.timeRange.type.rawValue, rangeTypes, "timeRange.type")
        if let sort = request.sort {
            try check(sort.fieldName, SearchContactsSort.sortableFields, "sort.fieldName")
            try check(sort.order.rawValue, SortOrder.knownValues.map(\.rawValue), "sort.order")
        }
        let criteria = request.searchCriteria
        for channel in criteria?.channels ?? [] {
            try check(channel.rawValue, ConnectChannel.knownValues.map(\.rawValue), "searchCriteria.channels")
        }
        for method in criteria?.initiationMethods ?? [] {
            try check(method.rawValue, ContactInitiationMethod.knownValues.map(\.rawValue), "searchCriteria.initiationMethods")
        }
        if let transcript = criteria?.contactAnalysis?.transcript {
            if let type = transcript.matchType { try check(type.rawValue, ["MATCH_ALL", "MATCH_ANY"], "transcript.matchType") }
            for criterion in transcript.criteria {
                try check(criterion.participantRole, TranscriptCriteria.participantRoles, "transcriptCriteria.participantRole")
                try check(criterion.matchType.rawValue, matchTypes, "transcriptCriteria.matchType")
            }
        }
        if let extra = criteria?.additionalTimeRange {
            try check(extra.matchType.rawValue, ["MATCH_ALL", "MATCH_ANY"], "additionalTimeRange.matchType")
            for criterion in extra.criteria {
                if let range = criterion.timeRange {
                    try check(range.type.rawValue, rangeTypes, "additionalTimeRange.timeRange.type")
                }
                if let condition = criterion.timestampCondition {
                    try check(condition.type.rawValue, rangeTypes, "timestampCondition.type")
                    try check(condition.conditionType, ["NOT_EXISTS"], "timestampCondition.conditionType")
                }
            }
        }
    }
}

private struct SearchContactsInput: Decodable {
    var instanceId: String?
    var timeRange: SearchContactsTimeRange?
    var searchCriteria: SearchCriteria?
    var maxResults: Int?
    var nextToken: String?
    var sort: SearchContactsSort?

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case timeRange = "TimeRange"
        case searchCriteria = "SearchCriteria"
        case maxResults = "MaxResults"
        case nextToken = "NextToken"
        case sort = "Sort"
    }
}
