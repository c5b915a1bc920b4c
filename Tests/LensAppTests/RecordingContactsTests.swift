import ContactLensModel
import Foundation
import LensEngine
import LensRecording
import Testing

@testable import LensApp
@testable import LensUI

/// A recording of two follows is never merged into one call; a recording cut short says so.
@Suite struct RecordingContactsTests {
    static func page(contact: String, turn: Int, next: String?) -> RecordedPage {
        RecordedPage(
            receivedAt: Date(timeIntervalSince1970: Double(turn)), requestToken: nil, instanceId: "inst", contactId: contact,
            response: ListSegmentsResponse(
                segments: [
                    .transcript(
                        Transcript(
                            id: "\(contact)-\(turn)", participantId: "A", participantRole: "AGENT",
                            content: "\(contact) says \(turn)",
                            beginOffsetMillis: turn * 1000, endOffsetMillis: turn * 1000 + 500))
                ], nextToken: next))
    }

    static func recording(_ pages: [RecordedPage]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-two-\(UUID().uuidString).jsonl").path
        let writer = try RecordingWriter(path: path)
        for page in pages { try writer.append(page) }
        return path
    }

    @Test func twoContactsAreListedAndOneIsChosen() async throws {
        let path = try Self.recording([
            Self.page(contact: "alpha", turn: 1, next: "a"), Self.page(contact: "beta", turn: 1, next: "b"),
            Self.page(contact: "alpha", turn: 2, next: nil), Self.page(contact: "beta", turn: 2, next: nil),
        ])
        await #expect {
            try await ExportJob.run(
                .recording(path: path), aws: AWSSettings(), fetch: FetchSettings(), format: .text,
                outputFile: nil, console: MemoryConsole().console)
        } throws: { "\($0)" == "\(path) holds 2 contacts: alpha, beta — choose one with --contact-id" }
        let memory = MemoryConsole()
        try await ExportJob.run(
            .recording(path: path, contactId: "beta"), aws: AWSSettings(), fetch: FetchSettings(), format: .text,
            outputFile: nil, console: memory.console)
        #expect(memory.out.contains("beta says 1") && memory.out.contains("beta says 2"))
        #expect(!memory.out.contains("alpha"))
        await #expect {
            try await ExportJob.run(
                .recording(path: path, contactId: "gamma"), aws: AWSSettings(), fetch: FetchSettings(),
                format: .text, outputFile: nil, console: MemoryConsole().console)
        } throws: { "\($0)".contains("has no contact gamma; it holds alpha, beta") }
    }

    /// A replay whose pages stop with a NextToken ends as ENDED, not COMPLETED.
    @Test func aReplayCutShortSaysSoInTheHeader() async throws {
        let pages = [Self.page(contact: "alpha", turn: 1, next: "more")]
        let controller = PlaybackController(
            schedule: PlaybackSchedule(pages: pages.map(\.response)), speed: .instant,
            complete: false)
        await controller.start()
        var state = try AppState(
            session: SessionInfo(instanceId: "i", contactId: "c", endpoint: "e"), size: Size(width: 100, height: 20))
        for await event in controller.events() { _ = reduce(into: &state, .engine(event)) }
        let header = render(state, size: state.size).lines[0]
        #expect(header.contains("ENDED · the recording stops before the analysis completed"), "\(header)")
        #expect(!header.contains("COMPLETED"))
    }
}
