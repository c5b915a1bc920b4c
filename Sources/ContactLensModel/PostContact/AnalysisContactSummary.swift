/// `ConversationCharacteristics.ContactSummary`. Voice (and chat, with generative summaries on):
/// the generated `PostContactSummary`. Chat: the key highlights, `SummaryItemsDetected`, whose
/// issues, outcomes and action items each point at transcript items.
package struct AnalysisContactSummary: Sendable, Hashable, Decodable {
    package var postContactSummary: String?
    package var issues: [[TranscriptItemReference]]
    package var outcomes: [[TranscriptItemReference]]
    package var actionItems: [[TranscriptItemReference]]

    package init(
        postContactSummary: String? = nil, issues: [[TranscriptItemReference]] = [],
        outcomes: [[TranscriptItemReference]] = [], actionItems: [[TranscriptItemReference]] = []
    ) {
        self.postContactSummary = postContactSummary
        self.issues = issues
        self.outcomes = outcomes
        self.actionItems = actionItems
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        let summary = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("PostContactSummary"))
        postContactSummary = summary?.text("Content")
        let items = c.list("SummaryItemsDetected", of: SummaryItems.self) ?? []
        issues = items.flatMap(\.issues)
        outcomes = items.flatMap(\.outcomes)
        actionItems = items.flatMap(\.actionItems)
    }

    /// One element of `SummaryItemsDetected`.
    private struct SummaryItems: Decodable {
        var issues: [[TranscriptItemReference]]
        var outcomes: [[TranscriptItemReference]]
        var actionItems: [[TranscriptItemReference]]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: MemberKey.self)
            func read(_ name: String) -> [[TranscriptItemReference]] {
                (c.list(name, of: PointingItems.self) ?? []).map(\.items)
            }
            issues = read("IssuesDetected")
            outcomes = read("OutcomesDetected")
            actionItems = read("ActionItemsDetected")
        }
    }
}

/// `{"TranscriptItems": [{"Id": …, "CharacterOffsets": …}]}`: a finding spread over items.
struct PointingItems: Decodable {
    var items: [TranscriptItemReference]

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        items = c.list("TranscriptItems") ?? []
    }
}

/// `ConversationCharacteristics.ResponseTime` (chat): how long the agent took to greet, and each
/// role's average and longest response, the longest with the items that took it.
package struct ResponseTime: Sendable, Hashable, Decodable {
    package var agentGreetingTimeMillis: Int?
    package var byRole: [String: RoleResponseTime]

    package init(agentGreetingTimeMillis: Int?, byRole: [String: RoleResponseTime]) {
        self.agentGreetingTimeMillis = agentGreetingTimeMillis
        self.byRole = byRole
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        agentGreetingTimeMillis = c.integer("AgentGreetingTimeMillis")
        byRole =
            c.lenient("DetailsByParticipantRole", as: [String: Lenient<RoleResponseTime>].self)?.compactMapValues(\.value) ?? [:]
    }
}

/// One role's response times.
package struct RoleResponseTime: Sendable, Hashable, Decodable {
    package var averageMillis: Int?
    package var maximumMillis: Int?
    package var maximumItemIds: [String]

    package init(averageMillis: Int?, maximumMillis: Int?, maximumItemIds: [String] = []) {
        self.averageMillis = averageMillis
        self.maximumMillis = maximumMillis
        self.maximumItemIds = maximumItemIds
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        let average = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("Average"))
        let maximum = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("Maximum"))
        averageMillis = average?.integer("ValueMillis")
        maximumMillis = maximum?.integer("ValueMillis")
        maximumItemIds = (maximum?.list("TranscriptItems", of: TranscriptItemReference.self) ?? []).compactMap(\.id)
    }
}
