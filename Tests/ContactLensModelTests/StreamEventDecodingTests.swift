import ContactLensModel
import Foundation
import TestSupport
import Testing

/// The segment stream's official samples (Fixtures/stream, each with its .source.txt) read as
/// events, by the fast reader and by JSONDecoder alike; other contacts skipped by id alone.
@Suite struct StreamEventDecodingTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/stream/\(name)", withExtension: "json"))
        return Array(try Data(contentsOf: url))
    }

    static func event(_ name: String, contactId: String? = nil) throws -> SegmentStreamEvent {
        let record = StreamRecordDecoder.decode(try fixture(name), contactId: contactId)
        guard case .event(let event) = record else { throw FixtureError("\(name): \(record)") }
        // The fallback reader gives the same event.
        let slow = try JSONDecoder().decode(SegmentStreamEvent.self, from: Data(try fixture(name)))
        #expect(slow == event, "\(name): JSONDecoder and the fast reader differ")
        return event
    }

    @Test func voiceSegmentsSampleDecodesToUtterancesTurnsCategoriesAndSummary() throws {
        let event = try Self.event("kinesis-voice-current-SEGMENTS")
        #expect(event.eventType == .segments)
        #expect(event.contactId == "a1b2c3d4-5678-90ab-cdef-EXAMPLE22222")
        #expect(
            event.segments.map(\.kind) == [
                "Utterance", "Utterance", "Transcript", "Transcript", "Categories", "PostContactSummary",
            ])
        var store = TranscriptStore()
        store.apply(Array(event.segments.prefix(2)))
        #expect(store.turns.isEmpty)
        #expect(
            store.provisionalTurns.map(\.content) == [
                "Hello, thank you for calling Example Corp. My name is Adam. How can I help you?"
            ])
        store.apply(Array(event.segments.dropFirst(2)))
        #expect(store.provisionalTurns.isEmpty)
        #expect(store.turns.map(\.id) == ["4295e927-43aa-4447-bbfc-8fccc2027530", "121d1581-905f-4169-9804-b841bb4df04a"])
        #expect(store.turns.last?.content == "Hello, thank you for calling Example Corp. My name is Adam. How can I help you?")
        #expect(store.categories.map(\.name) == ["CreditCardRelated", "CardBrokenIssue"])
        #expect(store.summary?.status == .completed)
        print(
            "FIGURE stream sample SEGMENTS: \(event.segments.count) segments → \(store.turns.count) turns, "
                + "\(store.categories.count) categories, summary \(store.summary?.status.rawValue ?? "-")")
    }

    @Test(arguments: ["kinesis-voice-current", "kinesis-voice-v1.0.0-2022"])
    func voiceLifecycleSamplesHaveTheirEventTypes(prefix: String) throws {
        for type in ["STARTED", "COMPLETED", "FAILED"] {
            let event = try Self.event("\(prefix)-\(type)")
            #expect(event.eventType.rawValue == type)
            #expect(event.segments.isEmpty)
            #expect(!event.isChat)
        }
        #expect(try Self.event("\(prefix)-SEGMENTS").segments.count >= 5)
    }

    @Test func chatSamplesUseStreamingEventTypeAndTheChatAPIShapes() throws {
        for type in ["STARTED", "COMPLETED", "FAILED"] {
            #expect(try Self.event("kinesis-chat-v2.0.0-\(type)").eventType.rawValue == type)
        }
        let event = try Self.event("kinesis-chat-v2.0.0-SEGMENTS")
        #expect(event.isChat)
        #expect(
            event.segments.map(\.kind) == ["Transcript", "Categories", "Issues", "Attachments", "Event", "PostContactSummary"])
        #expect(event.segments.allSatisfy { $0.unknownKinds.isEmpty })
        #expect(event.segments.dropLast().allSatisfy { if case .chat = $0 { true } else { false } })
        var store = TranscriptStore()
        store.apply(event.segments)
        #expect(store.isChat)
        // Same time: the id decides (06dd… before 07a2…).
        #expect(store.turns.map(\.roleLabel) == ["CUSTOMER Customer", "AGENT [PII]", "CUSTOMER Customer"])
        #expect(store.turns.last?.content == "participant left")
        #expect(store.turns[0].content == "Lily.jpg (APPROVED)")
        #expect(store.categories.first?.transcriptItemIds == ["5205b050-8aa9-4645-a381-a308801649ab"])
        #expect(store.summary?.status == .completed)
    }

    @Test func realRecordsCarryUtteranceSentimentAndNoTranscriptId() throws {
        let event = try Self.event("scv-kinesis-fixture-utterance")
        guard case .utterance(let piece) = try #require(event.segments.first) else {
            Issue.record("not an utterance")
            return
        }
        #expect(piece.partialContent == "Testing.")
        #expect(piece.transcriptId == nil)
        #expect(piece.sentiment == .neutral)
        #expect(piece.issuesDetected == [])
        #expect(try Self.event("scv-kinesis-fixture-categories").segments.first?.categories?.matchedCategories == ["keyWord"])
    }

    @Test func anotherContactIsSkippedByItsIdAlone() throws {
        let data = try Self.fixture("scv-kinesis-fixture-utterance")
        #expect(StreamRecordDecoder.decode(data, contactId: "someone-else") == .otherContact)
        #expect(
            StreamRecordDecoder.decode(
                data, contactId: "d5187cb8-f83f-471d-b724-bfb242b34b59",
                instanceId: "another-instance") == .otherContact)
        // Even when the rest of the record would not decode: the id comes first.
        let broken = Array(#"{"ContactId":"other","EventType":"SEGMENTS","Segments":[{"Transcript":{"Id":1}}]}"#.utf8)
        #expect(StreamRecordDecoder.decode(broken, contactId: "mine") == .otherContact)
    }

    @Test func unreadableRecordsSayWhy() {
        #expect(StreamRecordDecoder.decode(Array("not json at all".utf8)) == .unreadable("not JSON"))
        guard case .unreadable(let reason) = StreamRecordDecoder.decode(Array(#"{"EventType":"STARTED"}"#.utf8)) else {
            Issue.record("decoded an event without ContactId")
            return
        }
        #expect(reason.contains("ContactId"))
    }

    @Test func segmentsBeforeTheIdsAndUnknownKindsStillDecode() throws {
        let text =
            #"{"Segments":[{"Utterance":{"Id":"u1","TranscriptId":"t1","ParticipantId":"AGENT","ParticipantRole":"AGENT","PartialContent":"Hi","BeginOffsetMillis":0,"EndOffsetMillis":5}},{"ExtractedInformation":{"x":[1,2.5]}}],"EventType":"SEGMENTS","Version":"1.0.0","ContactId":"c"}"#
        guard case .event(let event) = StreamRecordDecoder.decode(Array(text.utf8), contactId: "c") else {
            Issue.record("not decoded")
            return
        }
        #expect(event.segments.map(\.kind) == ["Utterance", "ExtractedInformation"])
        #expect(StreamRecordDecoder.decode(Array(text.utf8), contactId: "d") == .otherContact)
    }

    @Test func anEventEncodesAndDecodesToItself() throws {
        let event = try Self.event("kinesis-voice-current-SEGMENTS")
        #expect(StreamRecordDecoder.decode(Array(try JSONEncoder().encode(event))) == .event(event))
        let encoded = try event.serialized()
        #expect(StreamRecordDecoder.decode(encoded) == .event(event))
        // ContactId before Segments, so a reader can skip other contacts early.
        let text = String(decoding: encoded, as: UTF8.self)
        #expect(try #require(text.range(of: "\"ContactId\"")).lowerBound < #require(text.range(of: "\"Segments\"")).lowerBound)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
