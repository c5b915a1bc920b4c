import ContactLensModel
import Foundation
import LensRecording
import LensSimulator
import Testing

/// A scenario made from a stream recording keeps the final turns and drops the partial pieces.
struct ScenarioFromRecordingTests {
    static let event =
        #"{"Version":"1.0.0","ContactId":"c1","InstanceId":"i1","EventType":"SEGMENTS","Segments":[{"Utterance":{"Id":"u1","TranscriptId":"t1","ParticipantId":"AGENT","ParticipantRole":"AGENT","PartialContent":"Hello","BeginOffsetMillis":0,"EndOffsetMillis":400}},{"Transcript":{"Id":"t1","ParticipantId":"AGENT","ParticipantRole":"AGENT","Content":"Hello there","BeginOffsetMillis":0,"EndOffsetMillis":900}}]}"#

    @Test func theScenarioMadeFromAStreamRecordingDropsThePartialPieces() throws {
        let line = try RecordedStreamEvent(
            receivedAt: Date(timeIntervalSince1970: 1_767_225_600), stream: "segments", shardId: "shardId-000000000001",
            sequenceNumber: "49590338271490256608559692538361571095921575989136588898",
            arrivedAt: Date(timeIntervalSince1970: 1_767_225_599.5), partitionKey: "c1", data: Array(Self.event.utf8)
        ).line()
        let recording = try Recording.parse(Data(line))
        #expect(recording.pages[0].response.segments.map(\.kind) == ["Utterance", "Transcript"])
        let scenario = try Scenario(recording: recording)
        #expect(scenario.contacts[0].segments.map(\.segment.kind) == ["Transcript"])
    }
}
