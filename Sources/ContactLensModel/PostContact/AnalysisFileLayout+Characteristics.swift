/// `ConversationCharacteristics` as the examples lay them out: per-role maps under
/// `DetailsByParticipant` (talk time and speed) or keyed by role directly (sentiment, interruptions);
/// a chat's sentiment one level down under `DetailsByParticipantRole`, its summary's findings in
/// `SummaryItemsDetected`.
extension AnalysisFileLayout {
    package static func characteristics(_ c: ConversationCharacteristics, chat: Bool) -> JSONValue {
        var members: Members = []
        if let summary = c.contactSummary { members.append(("ContactSummary", contactSummary(summary))) }
        members.add("TotalConversationDurationMillis", c.totalConversationDurationMillis.map(number))
        members.add("Sentiment", c.sentiment.map { chat ? chatSentiment($0) : voiceSentiment($0) })
        if let i = c.interruptions {
            var interruption: Members = [("InterruptionsByInterrupter", byRole(i.byInterrupter))]
            interruption.add("TotalCount", i.totalCount.map(number))
            interruption.add("TotalTimeMillis", i.totalTimeMillis.map(number))
            members.append(("Interruptions", .object(interruption)))
        }
        if let n = c.nonTalkTime {
            var nonTalk: Members = []
            nonTalk.add("TotalTimeMillis", n.totalTimeMillis.map(number))
            nonTalk.append(("Instances", .array(n.instances.map(timeSpan))))
            members.append(("NonTalkTime", .object(nonTalk)))
        }
        if let speed = c.talkSpeedWordsPerMinute {
            let roles = speed.sorted { $0.key < $1.key }.map {
                ($0.key, JSONValue.object([("AverageWordsPerMinute", number($0.value))]))
            }
            members.append(("TalkSpeed", .object([("DetailsByParticipant", .object(roles))])))
        }
        if let talk = c.talkTime {
            var time: Members = []
            time.add("TotalTimeMillis", talk.totalTimeMillis.map(number))
            let roles = talk.byParticipant.sorted { $0.key < $1.key }.map {
                ($0.key, JSONValue.object([("TotalTimeMillis", number($0.value))]))
            }
            time.append(("DetailsByParticipant", .object(roles)))
            members.append(("TalkTime", .object(time)))
        }
        if let r = c.responseTime { members.append(("ResponseTime", responseTime(r))) }
        return .object(members)
    }

    package static func byRole(_ spans: [String: [TimeSpan]]) -> JSONValue {
        .object(spans.sorted { $0.key < $1.key }.map { ($0.key, .array($0.value.map(timeSpan))) })
    }

    package static func voiceSentiment(_ s: AnalysisSentiment) -> JSONValue {
        .object([
            ("OverallSentiment", .object(s.overallByRole.sorted { $0.key < $1.key }.map { ($0.key, number($0.value)) })),
            ("SentimentByPeriod", .object([("QUARTER", byRole(s.quartersByRole))])),
        ])
    }

    package static func chatSentiment(_ s: AnalysisSentiment) -> JSONValue {
        let overall = s.overallByRole.sorted { $0.key < $1.key }.map { ($0.key, number($0.value)) }
        let shift = s.shiftByRole.sorted { $0.key < $1.key }.map { role, shift -> (String, JSONValue) in
            var members: Members = []
            members.add("BeginScore", shift.beginScore.map(number))
            members.add("EndScore", shift.endScore.map(number))
            return (role, .object(members))
        }
        let groups = s.itemGroups.map { group -> JSONValue in
            var members: Members = []
            members.add("ParticipantRole", group.participantRole.map(JSONValue.string))
            members.add("ProgressiveScore", group.progressiveScore.map(number))
            members.add("Sentiment", group.sentiment.map(JSONValue.string))
            members.append(("TranscriptItems", .array(group.transcriptItemIds.map { .object([("Id", .string($0))]) })))
            return .object(members)
        }
        return .object([
            ("DetailsByTranscriptItemGroup", .array(groups)),
            ("OverallSentiment", .object([("DetailsByParticipantRole", .object(overall))])),
            ("SentimentShift", .object([("DetailsByParticipantRole", .object(shift))])),
        ])
    }

    package static func contactSummary(_ s: AnalysisContactSummary) -> JSONValue {
        var members: Members = []
        if let text = s.postContactSummary { members.append(("PostContactSummary", .object([("Content", .string(text))]))) }
        if !s.issues.isEmpty || !s.outcomes.isEmpty || !s.actionItems.isEmpty {
            func findings(_ lists: [[TranscriptItemReference]]) -> JSONValue {
                .array(lists.map { .object([("TranscriptItems", .array($0.map(reference)))]) })
            }
            let items: JSONValue = .object([
                ("ActionItemsDetected", findings(s.actionItems)), ("IssuesDetected", findings(s.issues)),
                ("OutcomesDetected", findings(s.outcomes)),
            ])
            members.append(("SummaryItemsDetected", .array([items])))
        }
        return .object(members)
    }

    package static func responseTime(_ r: ResponseTime) -> JSONValue {
        var members: Members = []
        members.add("AgentGreetingTimeMillis", r.agentGreetingTimeMillis.map(number))
        let roles = r.byRole.sorted { $0.key < $1.key }.map { role, time -> (String, JSONValue) in
            var entry: Members = []
            entry.add("Average", time.averageMillis.map { .object([("ValueMillis", number($0))]) })
            if let maximum = time.maximumMillis {
                entry.append(
                    (
                        "Maximum",
                        .object([
                            ("TranscriptItems", .array(time.maximumItemIds.map { .object([("Id", .string($0))]) })),
                            ("ValueMillis", number(maximum)),
                        ])
                    ))
            }
            return (role, .object(entry))
        }
        members.append(("DetailsByParticipantRole", .object(roles)))
        return .object(members)
    }
}
