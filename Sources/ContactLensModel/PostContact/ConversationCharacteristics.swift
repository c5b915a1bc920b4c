/// `ConversationCharacteristics` of an analysis file: what only the post-contact analysis
/// measures. Voice: talk time and speed, non-talk time, interruptions, sentiment overall and by
/// quarter per role. Chat: the contact summary's items and response times. Per-role maps are
/// keyed by role (AGENT, CUSTOMER, …); a role may be missing when it had nothing to measure.
package struct ConversationCharacteristics: Sendable, Hashable, Decodable {
    package var totalConversationDurationMillis: Int?
    package var sentiment: AnalysisSentiment?
    package var interruptions: Interruptions?
    package var nonTalkTime: NonTalkTime?
    /// Average words per minute by role.
    package var talkSpeedWordsPerMinute: [String: Double]?
    package var talkTime: TalkTime?
    package var contactSummary: AnalysisContactSummary?
    package var responseTime: ResponseTime?
    package var unknown: [String: RawJSON]

    package init(
        totalConversationDurationMillis: Int? = nil, sentiment: AnalysisSentiment? = nil, interruptions: Interruptions? = nil,
        nonTalkTime: NonTalkTime? = nil, talkSpeedWordsPerMinute: [String: Double]? = nil, talkTime: TalkTime? = nil,
        contactSummary: AnalysisContactSummary? = nil, responseTime: ResponseTime? = nil, unknown: [String: RawJSON] = [:]
    ) {
        self.totalConversationDurationMillis = totalConversationDurationMillis
        self.sentiment = sentiment
        self.interruptions = interruptions
        self.nonTalkTime = nonTalkTime
        self.talkSpeedWordsPerMinute = talkSpeedWordsPerMinute
        self.talkTime = talkTime
        self.contactSummary = contactSummary
        self.responseTime = responseTime
        self.unknown = unknown
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        totalConversationDurationMillis = c.integer("TotalConversationDurationMillis")
        sentiment = c.lenient("Sentiment")
        interruptions = c.lenient("Interruptions")
        nonTalkTime = c.lenient("NonTalkTime")
        talkSpeedWordsPerMinute = c.lenient("TalkSpeed", as: ByParticipant.self)?.roles.compactMapValues(\.averageWordsPerMinute)
        talkTime = c.lenient("TalkTime")
        contactSummary = c.lenient("ContactSummary")
        responseTime = c.lenient("ResponseTime")
        unknown = c.unknown(except: [
            "TotalConversationDurationMillis", "Sentiment", "Interruptions", "NonTalkTime", "TalkSpeed", "TalkTime",
            "ContactSummary", "ResponseTime",
        ])
    }
}

/// `Interruptions`: how many, how long, and each one by who interrupted.
package struct Interruptions: Sendable, Hashable, Decodable {
    package var totalCount: Int?
    package var totalTimeMillis: Int?
    package var byInterrupter: [String: [TimeSpan]]

    package init(totalCount: Int?, totalTimeMillis: Int?, byInterrupter: [String: [TimeSpan]]) {
        self.totalCount = totalCount
        self.totalTimeMillis = totalTimeMillis
        self.byInterrupter = byInterrupter
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        totalCount = c.integer("TotalCount")
        totalTimeMillis = c.integer("TotalTimeMillis")
        byInterrupter = c.lists("InterruptionsByInterrupter") ?? [:]
    }
}

/// `NonTalkTime`: silence in total and each stretch of it.
package struct NonTalkTime: Sendable, Hashable, Decodable {
    package var totalTimeMillis: Int?
    package var instances: [TimeSpan]

    package init(totalTimeMillis: Int?, instances: [TimeSpan]) {
        self.totalTimeMillis = totalTimeMillis
        self.instances = instances
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        totalTimeMillis = c.integer("TotalTimeMillis")
        instances = c.list("Instances") ?? []
    }
}

/// `TalkTime`: speech in total and by role.
package struct TalkTime: Sendable, Hashable, Decodable {
    package var totalTimeMillis: Int?
    package var byParticipant: [String: Int]

    package init(totalTimeMillis: Int?, byParticipant: [String: Int]) {
        self.totalTimeMillis = totalTimeMillis
        self.byParticipant = byParticipant
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        totalTimeMillis = c.integer("TotalTimeMillis")
        byParticipant = (try? ByParticipant(from: decoder))?.roles.compactMapValues(\.totalTimeMillis) ?? [:]
    }
}

/// `{"DetailsByParticipant": {"AGENT": {…}, …}}` of TalkSpeed and TalkTime.
struct ByParticipant: Decodable {
    struct Role: Decodable {
        var averageWordsPerMinute: Double?
        var totalTimeMillis: Int?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: MemberKey.self)
            averageWordsPerMinute = c.number("AverageWordsPerMinute")
            totalTimeMillis = c.integer("TotalTimeMillis")
        }
    }

    var roles: [String: Role]

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        roles = c.lenient("DetailsByParticipant", as: [String: Lenient<Role>].self)?.compactMapValues(\.value) ?? [:]
    }
}
