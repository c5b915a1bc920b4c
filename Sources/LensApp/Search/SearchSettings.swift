import ContactLensModel
import FoundationEssentials
import LensBasics

/// What `lenstail search` looks for, checked: every rule of its command line is here and throws
/// `UsageError` naming the option; the command only declares its options. Names (queues,
/// agents, hierarchy groups) are resolved to ids when the search runs, as the wall resolves them.
package struct SearchSettings: Sendable {
    package var instanceId: String
    /// The range on the chosen timestamp (initiation unless `--by`).
    package var timeRange: SearchContactsTimeRange
    /// Names, ids or ARNs.
    package var queues: [String] = []
    package var agents: [String] = []
    /// `--hierarchy-group [L1…L5:]NAME`, each at its level (L1 unless given): names, ids or ARNs.
    package var hierarchy: AgentHierarchyGroups?
    package var channels: [ConnectChannel] = []
    /// What was said (`--says`, `--said-by`, `--match`), as the API's transcript criteria.
    package var transcript: TranscriptSearch?
    /// Only contacts with no disconnect time yet.
    package var inProgress = false
    /// Contacts fetched at most (pages of up to 100).
    package var limit = 100
    /// A stream format; nil: the list screen on a terminal, the table otherwise.
    package var format: OutputFormat?
    package var aws = AWSSettings()
    /// The Contact Lens pace for opening a contact from the list (requests a second).
    package var openRate = 1.0
    /// False with `--no-mouse`: the list leaves the mouse to the terminal.
    package var mouse = true

    package static let limitRange = 1...10_000
    package static let defaultSince: Duration = .seconds(24 * 3600)

    package init(instanceId: String, timeRange: SearchContactsTimeRange) {
        self.instanceId = instanceId
        self.timeRange = timeRange
    }

    /// The settings the command line asks for, or the first rule it breaks, in the order of the
    /// command's options. `now` and `timeZone` read `--since` and local times.
    package init(
        instanceId: String?, since: String?, from: String?, to: String?, by: SearchTimeKind,
        queues: [String], agents: [String], hierarchyGroups: [String], channels: [SearchChannel],
        says: [String], saidBy: SaidBy?, match: SearchMatch?, inProgress: Bool, limit: Int, output: OutputFormat?,
        aws: AWSArguments, now: Date = Date(), timeZone: LocalZone = .current
    ) throws(UsageError) {
        let aws = try aws.settings()
        guard let instanceId else { throw UsageError("Missing expected argument '--instance-id <id>'") }
        do { try ConnectPath.checkInstanceId(instanceId) } catch { throw UsageError("--instance-id: \(error.message)") }
        try ConnectIdArguments.check(instanceId: instanceId)
        let range = try Self.range(since: since, from: from, to: to, now: now, timeZone: timeZone)
        self.init(
            instanceId: instanceId, timeRange: SearchContactsTimeRange(type: by.rangeType, startTime: range.0, endTime: range.1))
        for (option, values, limit) in [
            ("--queue", queues, 100), ("--agent", agents, 100), ("--hierarchy-group", hierarchyGroups, 50),
        ] {
            if values.contains(where: { $0.trimmed().isEmpty }) {
                throw UsageError("a \(option) value is empty")
            }
            if values.count > limit { throw UsageError("at most \(limit) \(option) values (got \(values.count))") }
        }
        (self.queues, self.agents) = (queues, agents)
        hierarchy = try Self.hierarchy(hierarchyGroups)
        var seen = Set<String>()
        self.channels = channels.filter { seen.insert($0.rawValue).inserted }.map(\.channel)
        transcript = try Self.transcript(says: says, saidBy: saidBy, match: match)
        self.inProgress = inProgress
        guard Self.limitRange.contains(limit) else {
            throw UsageError(
                "--limit must be between \(Self.limitRange.lowerBound) and \(Self.limitRange.upperBound) (got \(limit))")
        }
        self.limit = limit
        format = output
        self.aws = aws
    }

    /// Searches, then shows the list (or prints the contacts).
    package func run() async throws { try await SearchSession.run(self) }

    /// `--hierarchy-group` values by level: `L2:NAME` at level 2, a bare name (or id) at level 1.
    static func hierarchy(_ values: [String]) throws(UsageError) -> AgentHierarchyGroups? {
        guard !values.isEmpty else { return nil }
        var levels: [[String]] = Array(repeating: [], count: 5)
        for value in values {
            var level = 0
            var id = Substring(value.trimmed())
            if id.count > 3, id.first == "L" || id.first == "l", let digit = id.dropFirst().first?.wholeNumberValue,
                id.dropFirst(2).first == ":"
            {
                guard (1...5).contains(digit) else {
                    throw UsageError("--hierarchy-group '\(TerminalText.sanitize(value))': levels are L1 to L5")
                }
                level = digit - 1
                id = id.dropFirst(3)
            }
            levels[level].append(String(id))
        }
        for (i, ids) in levels.enumerated() where ids.count > SearchCriteria.hierarchyGroupLimit {
            throw UsageError(
                "at most \(SearchCriteria.hierarchyGroupLimit) --hierarchy-group ids at level L\(i + 1) (got \(ids.count))")
        }
        func at(_ i: Int) -> [String]? { levels[i].isEmpty ? nil : levels[i] }
        return AgentHierarchyGroups(l1Ids: at(0), l2Ids: at(1), l3Ids: at(2), l4Ids: at(3), l5Ids: at(4))
    }

    /// What was searched, in a few words, for the list's header.
    package var scope: String {
        let kind =
            switch timeRange.type {
            case .connectedToAgentTimestamp: "connected"
            case .disconnectTimestamp: "disconnected"
            case .enqueueTimestamp: "enqueued"
            default: "initiated"
            }
        let zone = LocalZone.current
        var parts = [
            "\(kind) \(LocalTime.text(timeRange.startTime, timeZone: zone)) → \(LocalTime.text(timeRange.endTime, timeZone: zone))"
        ]
        if !queues.isEmpty { parts.append("queue \(queues.joined(separator: ", "))") }
        if !agents.isEmpty { parts.append("agent \(agents.joined(separator: ", "))") }
        if !channels.isEmpty { parts.append(channels.map { $0.rawValue.lowercased() }.joined(separator: ", ")) }
        if let transcript { parts.append("says \"\(transcript.criteria.first?.searchText.joined(separator: "\", \"") ?? "")\"") }
        if inProgress { parts.append("in progress") }
        return TerminalText.sanitize(parts.joined(separator: " · "))
    }

    /// `--since` (default 24 h) or `--from`/`--to`.
    static func range(since: String?, from: String?, to: String?, now: Date, timeZone: LocalZone) throws(UsageError)
        -> (Date, Date)
    {
        func time(_ text: String, _ option: String) throws(UsageError) -> Date {
            guard let date = SearchTimeText.parse(text, now: now, timeZone: timeZone) else {
                throw UsageError(
                    "\(option) '\(TerminalText.sanitize(String(text.prefix(40))))' is not a time: write 2024-05-01T09:00:00Z, "
                        + "2024-05-01 09:00 (local time), 2024-05-01 or 09:00")
            }
            return date
        }
        if since != nil, from != nil { throw UsageError("--since and --from both say where the range starts: give one") }
        let end = try to.map { (text) throws(UsageError) in try time(text, "--to") } ?? now
        let start: Date
        if let from {
            start = try time(from, "--from")
        } else {
            var length = defaultSince
            if let since {
                guard let parsed = DurationText.parse(since), parsed > .zero else {
                    throw UsageError(
                        "--since '\(TerminalText.sanitize(String(since.prefix(40))))' is not a length of time: write 90m, 24h, 7d"
                    )
                }
                length = parsed
            }
            start = end.addingTimeInterval(-Double(length.components.seconds) - Double(length.components.attoseconds) / 1e18)
        }
        guard start <= end else {
            throw UsageError(
                "--from (\(ISOTime.format(epochMillis: Int(start.timeIntervalSince1970 * 1000)))) is after --to "
                    + "(\(ISOTime.format(epochMillis: Int(end.timeIntervalSince1970 * 1000))))")
        }
        return (start, end)
    }

    /// `--says` texts said by one participant (or by either: one criterion each, either may
    /// meet it), combined as `--match` says; the model's limits checked with the options' names.
    static func transcript(says: [String], saidBy: SaidBy?, match: SearchMatch?) throws(UsageError) -> TranscriptSearch? {
        guard !says.isEmpty else {
            if saidBy != nil || match != nil { throw UsageError("--said-by and --match go with --says") }
            return nil
        }
        if says.count > TranscriptSearch.searchTextLimit {
            throw UsageError("at most \(TranscriptSearch.searchTextLimit) --says texts (got \(says.count))")
        }
        for text in says {
            let length = text.unicodeScalars.count
            if text.trimmed().isEmpty { throw UsageError("a --says text is empty") }
            if length > TranscriptSearch.searchTextLength.upperBound {
                throw UsageError(
                    "a --says text is at most \(TranscriptSearch.searchTextLength.upperBound) characters "
                        + "(got \(length): '\(TerminalText.sanitize(String(text.prefix(40))))…')")
            }
        }
        let match = match ?? .all
        let roles = (saidBy ?? .anyone).roles
        let search = TranscriptSearch(
            criteria: roles.map { TranscriptCriteria(participantRole: $0, searchText: says, matchType: match.matchType) },
            // Said by either: one participant meeting it is enough; said by neither: both must not.
            matchType: roles.count == 1 ? nil : (match == .none ? .matchAll : .matchAny))
        if search.criteria.count > TranscriptSearch.criteriaLimit {
            throw UsageError("at most \(TranscriptSearch.criteriaLimit) transcript criteria (got \(search.criteria.count))")
        }
        return search
    }

    /// The request's criteria once names are ids.
    func criteria(queueIds: [String], agentIds: [String], groups: AgentHierarchyGroups?) -> SearchCriteria? {
        let criteria = SearchCriteria(
            agentIds: agentIds.isEmpty ? nil : agentIds, agentHierarchyGroups: groups,
            channels: channels.isEmpty ? nil : channels,
            contactAnalysis: transcript.map { ContactAnalysis(transcript: $0) }, queueIds: queueIds.isEmpty ? nil : queueIds,
            additionalTimeRange: inProgress ? .inProgress : nil)
        return criteria == SearchCriteria() ? nil : criteria
    }
}
