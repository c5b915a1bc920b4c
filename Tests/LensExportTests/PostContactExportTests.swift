import ContactLensModel
import Foundation
import LensExport
import Testing

/// A contact opened from its post-contact analysis file, exported: what only that analysis tells
/// (talk time and speed, non-talk time, interruptions, loudness, sentiment by quarter, outcomes,
/// action items, categories with their points) is in every format, beside the transcript.
struct PostContactExportTests {
    /// The model's own fixtures: the official examples' layout.
    static func export(_ fixture: String) throws -> TranscriptExport {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ContactLensModelTests/Fixtures/post-contact/\(fixture).json")
        let analysis = try PostContactFile.read(Array(try Data(contentsOf: url)))
        var store = TranscriptStore()
        store.apply(analysis.segments)
        var export = TranscriptExport(store: store, instanceId: "inst", contactId: "cont")
        export.postContact = analysis.insights
        return export
    }

    @Test func textTellsTheConversationsMeasures() throws {
        let text = try Self.export("voice-analysis").render(.text)
        #expect(text.contains("POST-CONTACT ANALYSIS"))
        #expect(text.contains("AGENT 172 words/min, CUSTOMER 149 words/min"))
        #expect(text.contains("by quarter -5, -2.5, 0, +2.5"))
        #expect(text.contains("I've refunded the duplicate charge"))
        #expect(text.contains("(loudness "))
        assertExportSnapshot(text, named: "voice-analysis.txt")
    }

    @Test func markdownAddsALoudnessColumnAndTheAnalysisSection() throws {
        let markdown = try Self.export("voice-analysis").render(.markdown)
        #expect(markdown.contains("| Time | Speaker | Sentiment | Loudness | Text |"))
        #expect(markdown.contains("## Post-contact analysis"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            #expect(line.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count == 6, "\(line)")
        }
        assertExportSnapshot(markdown, named: "voice-analysis.md")
    }

    @Test func jsonCarriesTheFilesOwnMemberNames() throws {
        let json = try Self.export("voice-analysis").render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let post = try #require(object["PostContact"] as? [String: Any])
        let measures = try #require(post["ConversationCharacteristics"] as? [String: Any])
        #expect((measures["TalkSpeed"] as? [String: Any]) != nil)
        #expect((measures["NonTalkTime"] as? [String: Any]) != nil)
        #expect((measures["Interruptions"] as? [String: Any]) != nil)
        let categories = try #require(post["Categories"] as? [[String: Any]])
        #expect(categories.map { $0["Name"] as? String } == ["RefundRequest", "NoGreeting"])
        let turns = try #require(post["Transcript"] as? [[String: Any]])
        #expect(turns.contains { $0["LoudnessScore"] != nil })
        #expect(turns.contains { $0["OutcomesDetected"] != nil })
        assertExportSnapshot(json, named: "voice-analysis.json")
    }

    @Test func aChatsSummaryPointsAtItsMessages() throws {
        let text = try Self.export("chat-analysis").render(.text)
        #expect(text.contains("Response time:"))
        assertExportSnapshot(text, named: "chat-analysis.txt")
    }

    @Test func anExportWithoutTheFileIsAsBefore() {
        #expect(!ExportTests.export.render(.text).contains("POST-CONTACT"))
        #expect(!ExportTests.export.render(.markdown).contains("Loudness"))
        #expect(!ExportTests.export.render(.json).contains("PostContact\""))
    }
}
