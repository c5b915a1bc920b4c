import ContactLensModel
import Foundation
import LensExport
import Testing

@testable import LensApp
@testable import LensUI

/// The only official example response marks characters 8..12 of "I can't login.": "logi" read
/// end-exclusive, "login" inclusive. Wherever a person reads it, it shows as the whole word;
/// machine outputs keep the offsets as received.
@Suite struct OfficialExampleTests {
    static let page: ListSegmentsResponse = {
        let url = Bundle.module.url(
            forResource: "v1-api-reference-example.response", withExtension: "json", subdirectory: "Fixtures")!
        return try! ListSegmentsResponse.decode(json: Array(try! Data(contentsOf: url)))
    }()

    static func events() -> AsyncStream<FollowEvent> {
        AsyncStream { continuation in
            continuation.yield(.segments(page.segments, receivedAt: Date()))
            continuation.yield(.finished)
            continuation.finish()
        }
    }

    @Test func theTextStreamMarksTheWholeWord() async throws {
        let memory = MemoryConsole()
        try await FollowRunner.printLines(Self.events(), format: .text, console: memory.console)
        let line = try #require(memory.outLines.first { $0.contains("AGENT") })
        #expect(line.hasSuffix("I can't [[login]]."))
    }

    @Test func jsonLinesKeepTheOffsetsAsReceived() async throws {
        let memory = MemoryConsole()
        try await FollowRunner.printLines(Self.events(), format: .jsonl, console: memory.console)
        let line = try #require(memory.outLines.first { $0.contains("Transcript") })
        #expect(line.contains(#""BeginOffsetChar":8"#) && line.contains(#""EndOffsetChar":12"#))
    }

    @Test func exportsMarkTheWordAndJSONKeepsTheOffsets() throws {
        let export = TranscriptExport(pages: [Self.page])
        #expect(export.render(.text).contains("I can't [[login]]."))
        #expect(export.render(.markdown).contains("I can't **login**."))
        let json = export.render(.json)
        #expect(json.contains(#""BeginOffsetChar" : 8"#) && json.contains(#""EndOffsetChar" : 12"#))
    }

    @Test func theViewUnderlinesTheWholeWord() throws {
        var store = TranscriptStore()
        store.apply(Self.page.segments)
        let turn = try #require(store.turns.first)
        let chars = TurnLayout.styledContent(turn, query: nil)
        let issue = String(chars.filter { $0.style == .issue }.map(\.char))
        #expect(issue == "login")
    }

    @Test func theSavedViewMarksTheWholeWord() throws {
        var state = try AppState(
            session: SessionInfo(instanceId: "i", contactId: "c", endpoint: "e"),
            size: Size(width: 100, height: 30))
        _ = reduce(into: &state, .engine(.segments(Self.page.segments, receivedAt: Date())))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notice = try ViewSaver.save(state, in: folder.path)
        let path = try #require(notice.components(separatedBy: " to ").last)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("I can't **login**."))
    }
}
