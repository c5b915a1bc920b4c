import ContactLensModel

/// What Contact Lens measures of a chat after it ends, from its messages in time order: how
/// long the agent took to greet (from the agent joining, or from the chat's first item, to the
/// agent's first message), each role's average and longest response (a message answering the
/// other role's last one), and sentiment (−5…+5 per role overall, first and last score per role,
/// and each run of one role's messages with the role's running score).
enum ChatMeasures {
    /// A message as the measures see it.
    struct Message {
        var id: String
        var role: String
        var millis: Int
        var sentiment: Sentiment?
    }

    static func responseTime(_ messages: [Message], agentJoinedMillis: Int?, firstItemMillis: Int?) -> ResponseTime {
        let greeting = messages.first { $0.role == "AGENT" }.flatMap { first in
            (agentJoinedMillis ?? firstItemMillis).map { max(0, first.millis - $0) }
        }
        var byRole: [String: [(id: String, millis: Int)]] = [:]
        for (previous, message) in zip(messages, messages.dropFirst())
        where message.role != previous.role && ["AGENT", "CUSTOMER"].contains(message.role)
            && ["AGENT", "CUSTOMER"].contains(previous.role)
        {
            byRole[message.role, default: []].append((message.id, max(0, message.millis - previous.millis)))
        }
        return ResponseTime(
            agentGreetingTimeMillis: greeting,
            byRole: byRole.mapValues { responses in
                let longest = responses.max { $0.millis < $1.millis }
                return RoleResponseTime(
                    averageMillis: responses.map(\.millis).reduce(0, +) / max(1, responses.count),
                    maximumMillis: longest?.millis, maximumItemIds: longest.map { [$0.id] } ?? [])
            })
    }

    static func sentiment(_ messages: [Message]) -> AnalysisSentiment {
        let scored = messages.filter { $0.role == "AGENT" || $0.role == "CUSTOMER" }
        var overall: [String: Double] = [:]
        var shift: [String: SentimentShift] = [:]
        for role in Set(scored.map(\.role)) {
            let own = scored.filter { $0.role == role }.map { VoiceMeasures.value($0.sentiment) }
            overall[role] = rounded(own.reduce(0, +) / Double(max(1, own.count)))
            shift[role] = SentimentShift(beginScore: own.first, endScore: own.last)
        }
        var groups: [SentimentItemGroup] = []
        var running: [String: (sum: Double, count: Int)] = [:]
        var index = 0
        while index < scored.count {
            let role = scored[index].role
            var end = index
            while end < scored.count, scored[end].role == role { end += 1 }
            let run = scored[index..<end]
            for message in run {
                running[role, default: (0, 0)].sum += VoiceMeasures.value(message.sentiment)
                running[role, default: (0, 0)].count += 1
            }
            let score = running[role].map { $0.sum / Double(max(1, $0.count)) } ?? 0
            groups.append(
                SentimentItemGroup(
                    participantRole: role, sentiment: (run.last?.sentiment ?? .neutral).rawValue,
                    progressiveScore: rounded(score),
                    transcriptItemIds: run.map(\.id)))
            index = end
        }
        return AnalysisSentiment(overallByRole: overall, shiftByRole: shift, itemGroups: groups)
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
