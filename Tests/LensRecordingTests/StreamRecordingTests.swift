import ContactLensModel
import Foundation
import Testing

@testable import LensRecording

/// Stream recordings: one line per record with the event verbatim and `"source":"kinesis"`; read
/// back as the pages a follow reported (ScenarioFromRecordingTests: the scenario made from one
/// drops the partial pieces).
struct StreamRecordingTests {
    static let event =
        #"{"Version":"1.0.0","ContactId":"c1","InstanceId":"i1","EventType":"SEGMENTS","Segments":[{"Utterance":{"Id":"u1","TranscriptId":"t1","ParticipantId":"AGENT","ParticipantRole":"AGENT","PartialContent":"Hello","BeginOffsetMillis":0,"EndOffsetMillis":400}},{"Transcript":{"Id":"t1","ParticipantId":"AGENT","ParticipantRole":"AGENT","Content":"Hello there","BeginOffsetMillis":0,"EndOffsetMillis":900}}]}"#
    static let completed = #"{"Version":"1.0.0","ContactId":"c1","InstanceId":"i1","EventType":"COMPLETED"}"#

    static func line(_ data: String, at seconds: Double, sequence: String) throws -> [UInt8] {
        try RecordedStreamEvent(
            receivedAt: Date(timeIntervalSince1970: 1_767_225_600 + seconds), stream: "segments",
            shardId: "shardId-000000000001", sequenceNumber: sequence,
            arrivedAt: Date(timeIntervalSince1970: 1_767_225_599.5), partitionKey: "c1",
            data: Array(data.utf8)
        ).line()
    }

    @Test func aStreamRecordingKeepsEachEventVerbatimAndReadsBackAsPages() throws {
        let first = try Self.line(Self.event + "\n", at: 0, sequence: "49590338271490256608559692538361571095921575989136588898")
        let text = String(decoding: first, as: UTF8.self)
        #expect(
            text.hasPrefix(
                #"{"receivedAt":"2026-01-01T00:00:00.000Z","source":"kinesis","stream":"segments","shardId":"shardId-000000000001","sequenceNumber":"49590338271490256608559692538361571095921575989136588898","arrivedAt":"2025-12-31T23:59:59.500Z","partitionKey":"c1","event":"#
            ))
        #expect(text.contains(Self.event + " }\n"), "the event as it came, its line break a space")
        let data = Data(
            first + (try Self.line(Self.completed, at: 2, sequence: "49590338271490256608559692538361571095921575989136588899")))
        #expect(Recording.looksLikeRecording(data))
        let recording = try Recording.parse(data)
        #expect(recording.source == "kinesis")
        #expect(recording.pages.count == 2)
        #expect(recording.pages[0].response.segments.map(\.kind) == ["Utterance", "Transcript"])
        #expect(recording.pages[0].response.nextToken != nil, "more may come after a SEGMENTS event")
        #expect(recording.pages[1].response.nextToken == nil, "COMPLETED ends the call")
        #expect(recording.pages[1].streamEventType == .completed)
        #expect(recording.pages.allSatisfy { $0.contactId == "c1" && $0.instanceId == "i1" })
        var store = TranscriptStore()
        for page in recording.pages { store.apply(page.response.segments) }
        #expect(store.turns.map(\.content) == ["Hello there"])
        #expect(store.provisionalTurns.isEmpty)
    }

    @Test func anOldRecordingStillReadsAsAPIPages() throws {
        let old =
            #"{"receivedAt":"2026-01-01T00:00:00.250Z","instanceId":"inst","contactId":"cont","requestToken":null,"response":{"Segments":[],"NextToken":"t"}}"#
            + "\n"
        let recording = try Recording.parse(Data(old.utf8))
        #expect(recording.source == "api")
        #expect(recording.pages.count == 1)
    }

    @Test func aStreamLineWhoseEventIsNotAnEventIsAnErrorNamingTheLine() throws {
        let bad = #"{"receivedAt":"2026-01-01T00:00:00.250Z","source":"kinesis","event":{"Nothing":1}}"# + "\n"
        #expect(throws: RecordingError.self) { try Recording.parse(Data(bad.utf8)) }
    }
}
