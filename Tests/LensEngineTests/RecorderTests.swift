import ContactLensModel
import Foundation
import LensRecording
import Testing

@testable import LensEngine

/// The recorder: each page once, with the body as the server sent it.
struct RecorderTests {
    static func temporaryPath(_ name: String = "recording.jsonl") -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-rec-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    /// A body as a server might format it: unusual spacing, key order, an unknown member, a line break.
    static let rawBody =
        #"{ "NextToken" : "tok-2",  "Segments":[{"Transcript":{"Id":"a","ParticipantId":"AGENT","ParticipantRole":"AGENT","Content":"caf\u00e9 \"hi\"","BeginOffsetMillis":0,"EndOffsetMillis":900},"Extra":1}]}"#
        + "\n"

    @Test func theRecorderWritesEachPageWithTheBodyAsSentAndReadsItBack() async throws {
        let path = Self.temporaryPath()
        let writer = try RecordingWriter(path: path)
        let response = try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(Self.rawBody.utf8))
        let time = Date(timeIntervalSince1970: 1_767_225_600.25)
        var recorder = Recorder(writer: writer, now: { time })
        let request = ListSegmentsRequest(instanceId: "inst", contactId: "cont", maxResults: 10, nextToken: "tok-1")
        try recorder.record(request, response: response, body: Array(Self.rawBody.utf8))

        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            text
                == #"{"receivedAt":"2026-01-01T00:00:00.250Z","instanceId":"inst","contactId":"cont","requestToken":"tok-1","response":"#
                + Self.rawBody.dropLast() + " }\n", "one line, the body embedded verbatim")
        let recording = try Recording.parse(Data(text.utf8))
        #expect(recording.pages.count == 1)
        #expect(recording.pages[0].response == response)
        #expect(recording.pages[0].requestToken == "tok-1")
        #expect(recording.pages[0].receivedAt == time)
        #expect(recording.warning == nil)
    }
}

/// After a refused token the follow starts over, and the pages it had already recorded come again:
/// they are not written twice.
@Suite struct RecorderRestartTests {
    @Test func pagesRepeatedAfterARestartAreNotRecordedAgain() throws {
        let path = RecorderTests.temporaryPath()
        var recorder = Recorder(writer: try RecordingWriter(path: path))
        func turn(_ n: Int) -> Segment {
            .transcript(
                Transcript(
                    id: "t\(n)", participantId: "A", participantRole: "AGENT", content: "turn \(n)",
                    beginOffsetMillis: n * 1000, endOffsetMillis: n * 1000 + 500))
        }
        func page(_ turns: ClosedRange<Int>, next: String?) -> ListSegmentsResponse {
            ListSegmentsResponse(segments: turns.map(turn), nextToken: next)
        }
        let request = ListSegmentsRequest(instanceId: "i", contactId: "c")
        try recorder.record(request, response: page(1...2, next: "a"), body: nil)
        try recorder.record(request, response: page(3...4, next: "b"), body: nil)
        recorder.restarted()
        try recorder.record(request, response: page(1...2, next: "a2"), body: nil)  // again: skipped
        try recorder.record(request, response: page(3...4, next: "b2"), body: nil)  // again: skipped
        try recorder.record(request, response: page(4...5, next: "c2"), body: nil)  // new turn 5: written
        try recorder.record(request, response: page(5...5, next: "d2"), body: nil)  // a dup after catching up: kept
        let pages = try Recording.load(contentsOf: URL(fileURLWithPath: path)).pages
        #expect(pages.map(\.response.nextToken) == ["a", "b", "c2", "d2"])
    }
}
