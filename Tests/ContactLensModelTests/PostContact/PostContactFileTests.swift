import Foundation
import Testing

@testable import ContactLensModel

/// Analysis files as the official examples lay them out (fixtures of our own in Fixtures/
/// post-contact), read leniently and turned into what the store and a future view show.
@Suite struct PostContactFileTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/post-contact/\(name)", withExtension: "json"))
        return Array(try Data(contentsOf: url))
    }

    static func read(_ name: String) throws -> PostContactAnalysis { try PostContactFile.read(fixture(name)) }

    @Test func aVoiceFileReadsWithWhatOnlyThePostContactAnalysisMeasures() throws {
        let analysis = try Self.read("voice-analysis")
        #expect(!analysis.isChat && !analysis.isRedacted && analysis.jobStatus == "COMPLETED" && analysis.languageCode == "en-GB")
        #expect(analysis.participants.map(\.participantRole) == ["AGENT", "CUSTOMER"])
        let measures = try #require(analysis.conversationCharacteristics)
        #expect(measures.totalConversationDurationMillis == 41250)
        #expect(
            measures.talkTime?.byParticipant == ["AGENT": 19840, "CUSTOMER": 15180] && measures.talkTime?.totalTimeMillis == 35020
        )
        #expect(measures.talkSpeedWordsPerMinute == ["AGENT": 172, "CUSTOMER": 149])
        #expect(
            measures.nonTalkTime?.instances == [TimeSpan(beginOffsetMillis: 22100, endOffsetMillis: 26300, durationMillis: 4200)])
        #expect(measures.interruptions?.totalCount == 1)
        #expect(measures.interruptions?.byInterrupter["CUSTOMER"]?.first?.durationMillis == 1830)
        #expect(measures.sentiment?.overallByRole == ["AGENT": 1.8, "CUSTOMER": -0.6])
        #expect(measures.sentiment?.quartersByRole["CUSTOMER"]?.map(\.score) == [-5, -2.5, 0, 2.5])
        #expect(measures.contactSummary?.postContactSummary?.hasPrefix("The customer asked for a refund") == true)

        let insights = analysis.insights
        let customer = try #require(insights.turns["3f1e7a92-6b0d-4e58-a2c4-8d9b0e1f2a63"])
        #expect(customer.loudnessScore == [80.4, 84.1, nil, 82.7, 79.9, 81.3])
        #expect(
            insights.turns["e7f9b1d3-5a6c-4e8f-b0a2-c4d6e8f0a293"]?.outcomes.first?.text == "I've refunded the duplicate charge")
        #expect(insights.turns["f1a3c5e7-9b0d-4f2a-8c4e-6a8c0e2a4b05"]?.actionItems.first?.characterOffsets?.endOffsetChar == 40)
        #expect(insights.categories.map(\.name) == ["RefundRequest", "NoGreeting"])
        #expect(insights.categories.map(\.wholeContact) == [false, true])
    }

    @Test func unknownMembersAreKeptAsTheyCame() throws {
        let analysis = try Self.read("voice-analysis")
        #expect(Set(analysis.unknown.keys) == ["JobDetails", "CustomModels"])
        #expect(analysis.unknown["CustomModels"]?.description == "[]")
        let turn = try #require(analysis.transcript.first { $0.id == "c4e6a8b0-2d3f-4b5a-8c7e-9f1b3d5e7a81" })
        #expect(turn.unknown["FutureMember"] == RawJSON(validated: Array(#"{"Weight":3,"Kind":"not modelled yet"}"#.utf8)))
        #expect(analysis.insights.unknown.keys.contains("JobDetails"))
    }

    @Test func aVoiceFileBecomesTheStoresTurnsCategoriesAndSummary() throws {
        let analysis = try Self.read("voice-analysis")
        var store = TranscriptStore()
        store.apply(analysis.segments)
        #expect(store.turns.count == 7)
        #expect(store.turns.map(\.participantRole) == ["AGENT", "CUSTOMER", "AGENT", "CUSTOMER", "AGENT", "AGENT", "CUSTOMER"])
        #expect(store.turns[1].issueTexts == ["I was charged twice for the same order"])
        #expect(store.turns[1].sentiment == .negative && store.turns[1].time == .callOffset(begin: 4300, end: 10480))
        #expect(
            store.category(named: "RefundRequest")?.pointsOfInterest == [
                PointOfInterest(beginOffsetMillis: 6120, endOffsetMillis: 10480)
            ])
        #expect(store.categories.map(\.name).contains("NoGreeting"))
        #expect(
            store.summary?.content?.hasSuffix("promised a confirmation email.") == true && store.summary?.status == .completed)
    }

    @Test func aRedactedFileOfAnotherVersionReadsTheSame() throws {
        let analysis = try Self.read("voice-analysis-redacted")
        #expect(analysis.version == "2.3.0" && analysis.isRedacted && analysis.contentMetadata?.redactionTypes == ["PII"])
        var store = TranscriptStore()
        store.apply(analysis.segments)
        #expect(store.turns.map(\.content) == ["Hello, this is [PII], how can I help?", "My card ending [PII] was declined."])
        #expect(store.turns.map(\.participantRole) == ["AGENT", "CUSTOMER"])
        #expect(store.categories.isEmpty)
        let redaction = analysis.insights.turns["CUSTOMER-1"]?.redaction?.redactedTimestamps
        #expect(redaction == [TimeSpan(beginOffsetMillis: 4400, endOffsetMillis: 5800)])
        #expect(analysis.conversationCharacteristics?.talkSpeedWordsPerMinute == ["AGENT": 181])
    }

    @Test func aChatFileBecomesTheStoresChatWithItsEventsIssuesAndCategories() throws {
        let analysis = try Self.read("chat-analysis")
        #expect(analysis.isChat && analysis.customerMetadata?.contactId == "5e1c7a3d-9b2f-4c8e-a6d0-1f3b5d7e9a24")
        #expect(analysis.participants.map(\.displayName) == ["Sam", "SYSTEM_MESSAGE", "Ana"])
        let measures = try #require(analysis.conversationCharacteristics)
        #expect(measures.responseTime?.agentGreetingTimeMillis == 2600)
        #expect(
            measures.responseTime?.byRole["AGENT"]
                == RoleResponseTime(averageMillis: 4200, maximumMillis: 6100, maximumItemIds: ["msg-agent-2"]))
        #expect(measures.sentiment?.overallByRole == ["AGENT": 0.8, "CUSTOMER": -0.5])
        #expect(measures.sentiment?.shiftByRole["CUSTOMER"] == SentimentShift(beginScore: -2.5, endScore: 1.25))
        #expect(measures.contactSummary?.actionItems.first?.first?.id == "msg-agent-3")

        var store = TranscriptStore()
        store.apply(analysis.segments)
        #expect(store.isChat)
        #expect(
            store.turns.map(\.id) == [
                "evt-1", "msg-system-1", "evt-2", "msg-agent-1", "msg-customer-1", "msg-agent-2", "msg-customer-2", "msg-agent-3",
                "evt-3",
            ])
        let customer = try #require(store.turn(id: "msg-customer-1"))
        #expect(customer.issueTexts == ["My parcel never arrived and the tracking stopped"])
        #expect(customer.sentiment == .negative && customer.chat?.displayName == "Sam")
        #expect(store.turn(id: "evt-2")?.chat.map { if case .event = $0 { true } else { false } } == true)
        #expect(store.category(named: "agent-intro")?.transcriptItemIds == ["msg-agent-1"])
        #expect(analysis.insights.categories.first { $0.name == "order-lookup" }?.wholeContact == true)
    }

    @Test func aFileWithAStrayCommaSaysWhereAsPythonsJSONDoes() throws {
        // python3 -c 'import json; json.load(open("voice-analysis-stray-comma.json"))':
        // "Expecting value: line 14 column 17".
        #expect(throws: PostContactFileError("not JSON at line 14, column 17: a stray comma before ']'")) {
            try Self.read("voice-analysis-stray-comma")
        }
        #expect(throws: PostContactFileError("not an analysis file: its JSON value is not an object")) {
            try PostContactFile.read(Array("[1, 2]".utf8))
        }
        #expect(throws: PostContactFileError("not JSON at line 1, column 1: the file is empty, where a JSON value was expected"))
        {
            try PostContactFile.read([])
        }
    }

    @Test func turnsWithoutOrWithRepeatedIdsGetIdsOfTheirOwn() throws {
        // The documentation's example writes "the ID of the turn" for every turn.
        let text = """
            {"Channel":"VOICE","Participants":[{"ParticipantId":"A","ParticipantRole":"AGENT"}],"Transcript":[
             {"Id":"the ID of the turn","ParticipantId":"A","Content":"One.","BeginOffsetMillis":0,"EndOffsetMillis":900},
             {"Id":"the ID of the turn","ParticipantId":"A","Content":"Two.","BeginOffsetMillis":1000,"EndOffsetMillis":1900},
             {"ParticipantId":"A","Content":"Three.","BeginOffsetMillis":"2000","EndOffsetMillis":2900.0,"Sentiment":7},
             "not an item"]}
            """
        let analysis = try PostContactFile.read(Array(text.utf8))
        #expect(analysis.transcript.count == 3)
        var store = TranscriptStore()
        store.apply(analysis.segments)
        #expect(store.turns.map(\.id) == ["the ID of the turn", "turn-2", "turn-3"])
        #expect(store.turns.map(\.content) == ["One.", "Two.", "Three."])
        #expect(store.turns[2].time == .callOffset(begin: 2000, end: 2900))
    }
}
