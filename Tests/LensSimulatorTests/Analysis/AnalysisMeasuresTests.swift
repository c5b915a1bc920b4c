import ContactLensModel
import Foundation
import Testing

@testable import LensSimulator

/// What the emulator's analysis files say of a call and a chat, checked on conversations whose
/// answers can be worked out by hand.
@Suite struct AnalysisMeasuresTests {
    static func turn(_ id: String, _ role: String, _ text: String, _ begin: Int, _ end: Int, _ s: Sentiment = .neutral)
        -> ScenarioSegment
    {
        ScenarioSegment(
            .transcript(
                Transcript(
                    id: id, participantId: role.lowercased(), participantRole: role, content: text, beginOffsetMillis: begin,
                    endOffsetMillis: end, sentiment: s)))
    }

    /// 0–6 s agent (6 words), 4–10 s customer cutting in (2 s overlap; 4 words), 10–20 s silence,
    /// 20–30 s agent (6 words), 30–40 s customer (2 words).
    static let call = ScenarioContact(
        instanceId: "i", contactId: "c",
        segments: [
            turn("t1", "AGENT", "Thanks for calling, how can I", 0, 6_000),
            turn("t2", "CUSTOMER", "I was charged twice.", 4_000, 10_000, .negative),
            turn("t3", "AGENT", "I've refunded it. I'll email you.", 20_000, 30_000, .positive),
            turn("t4", "CUSTOMER", "Thanks, Hana.", 30_000, 40_000, .positive),
            ScenarioSegment(
                .categories(
                    Categories(
                        matchedCategories: ["Refund", "Polite"],
                        matchedDetails: [
                            "Refund": CategoryDetails(pointsOfInterest: [.init(beginOffsetMillis: 4_000, endOffsetMillis: 10_000)]
                            )
                        ]))),
        ])

    static func analysis(redacted: Bool = false) throws -> PostContactAnalysis {
        let context = AnalysisContext(instanceId: "i", connectedToAgent: Date(timeIntervalSince1970: 0), names: ["Hana"])
        return try PostContactFile.read(
            AnalysisFileLayout.bytes(VoiceAnalysis.analysis(of: call, context: context, redacted: redacted)))
    }

    @Test func talkTimeSpeedSilenceAndInterruptionsAreTheConversations() throws {
        let c = try #require(try Self.analysis().conversationCharacteristics)
        #expect(c.totalConversationDurationMillis == 40_000)
        #expect(c.talkTime == TalkTime(totalTimeMillis: 32_000, byParticipant: ["AGENT": 16_000, "CUSTOMER": 16_000]))
        // 12 words in 16 s, 6 words in 16 s.
        #expect(c.talkSpeedWordsPerMinute == ["AGENT": 45, "CUSTOMER": 23])
        #expect(
            c.nonTalkTime
                == NonTalkTime(
                    totalTimeMillis: 10_000,
                    instances: [TimeSpan(beginOffsetMillis: 10_000, endOffsetMillis: 20_000, durationMillis: 10_000)]))
        #expect(
            c.interruptions
                == Interruptions(
                    totalCount: 1, totalTimeMillis: 2_000,
                    byInterrupter: [
                        "CUSTOMER": [TimeSpan(beginOffsetMillis: 4_000, endOffsetMillis: 6_000, durationMillis: 2_000)]
                    ]))
    }

    @Test func sentimentIsScoredPerRoleOverallAndByQuarter() throws {
        let sentiment = try #require(try Self.analysis().conversationCharacteristics?.sentiment)
        // Agent: neutral 6 s, positive 10 s → 5 × 10/16; customer: −5 for 6 s, +5 for 10 s.
        #expect(sentiment.overallByRole == ["AGENT": 3.1, "CUSTOMER": 1.3])
        #expect(sentiment.quartersByRole["CUSTOMER"]?.map(\.score) == [-5, 0, 0, 5])
        #expect(sentiment.quartersByRole["AGENT"]?.map(\.score) == [0, 0, 5, 0])
        #expect(sentiment.quartersByRole["AGENT"]?.map(\.beginOffsetMillis) == [0, 10_000, 20_000, 30_000])
    }

    @Test func turnsCarryLoudnessEachSecondAndWhatWasFound() throws {
        let analysis = try Self.analysis()
        #expect(analysis.transcript.map { $0.loudnessScore?.count } == [6, 6, 10, 10])
        let scores = analysis.transcript.flatMap { $0.loudnessScore ?? [] }.compactMap { $0 }
        #expect(scores.allSatisfy { (60...90).contains($0) })
        #expect(
            analysis.transcript[1].issuesDetected == [
                DetectedSpan(characterOffsets: .init(beginOffsetChar: 0, endOffsetChar: 19))
            ])
        let agent = analysis.transcript[2]
        #expect(
            agent.outcomesDetected?.map { AnalysisFindings.slice(agent.content ?? "", $0.characterOffsets!) } == [
                "I've refunded it"
            ])
        #expect(
            agent.actionItemsDetected?.map { AnalysisFindings.slice(agent.content ?? "", $0.characterOffsets!) } == [
                "I'll email you"
            ])
        let categories = try #require(analysis.categories)
        #expect(categories.matches.map(\.name) == ["Refund", "Polite"])
        #expect(categories.pointsByCategory["Polite"] == [])
        #expect(analysis.insights.categories.map(\.wholeContact) == [false, true])
        #expect(analysis.conversationCharacteristics?.contactSummary?.postContactSummary?.contains("I was charged twice") == true)
    }

    @Test func theRedactedCopyHidesNamesAndMarksWhenTheyWereSaid() throws {
        let raw = try Self.analysis()
        let redacted = try Self.analysis(redacted: true)
        #expect(raw.transcript[3].content == "Thanks, Hana.")
        #expect(redacted.transcript[3].content == "Thanks, [PII].")
        // "Hana" is characters 8–12 of 13, spoken over 30–40 s.
        let silenced = [TimeSpan(beginOffsetMillis: 36_153, endOffsetMillis: 39_230)]
        #expect(raw.transcript[3].redaction?.redactedTimestamps == silenced)
        #expect(redacted.transcript[3].redaction?.redactedTimestamps == silenced)
        #expect(raw.transcript[0].redaction == nil)
        #expect(redacted.isRedacted && !raw.isRedacted && redacted.contentMetadata?.redactionTypes == ["PII"])
        #expect(redacted.conversationCharacteristics?.talkTime == raw.conversationCharacteristics?.talkTime)
    }

    @Test func aChatsResponseTimesAndSummaryComeFromItsMessages() throws {
        let contact = try #require(Scenario.chatDemo.contacts.first)
        let context = AnalysisContext(instanceId: contact.instanceId, connectedToAgent: Date(timeIntervalSince1970: 0))
        let analysis = try PostContactFile.read(
            AnalysisFileLayout.bytes(ChatAnalysis.analysis(of: contact, context: context, redacted: true)))
        let c = try #require(analysis.conversationCharacteristics)
        // The agent joined at 09:15:13 and greeted at 09:15:16.
        #expect(c.responseTime?.agentGreetingTimeMillis == 3_000)
        #expect(c.responseTime?.byRole["AGENT"]?.maximumMillis == 3_000)
        #expect(c.contactSummary?.issues.first?.first?.id == "c4a70000-0000-4000-8000-000000000003")
        #expect(analysis.customerMetadata?.contactId == DemoIdentity.chatContactId)
        #expect(analysis.transcript.contains { $0.content?.contains("Hello [PII], this is Sam") == true })
        #expect(analysis.transcript.filter(\.isEvent).count == 4)
        #expect(c.sentiment?.shiftByRole["CUSTOMER"] == SentimentShift(beginScore: -5, endScore: 5))
    }
}
