import ContactLensModel
import Foundation
import LensExport
import TestSupport
import Testing

/// The export formats, as a reader of each would check them.
struct ExportTests {
    static let export: TranscriptExport = {
        var store = TranscriptStore()
        store.apply([
            .transcript(
                Transcript(
                    id: "1", participantId: "AGENT", participantRole: "AGENT",
                    content: "Hello | *bold* [link](x) \u{1B}[31mred", beginOffsetMillis: 1_000,
                    endOffsetMillis: 3_500, sentiment: .neutral)),
            .transcript(
                Transcript(
                    id: "2", participantId: "cust-7", participantRole: "CUSTOMER",
                    content: "I want a refund now", beginOffsetMillis: 65_000, endOffsetMillis: 67_000,
                    sentiment: .negative, issuesDetected: [IssueDetected(9, 15)])),
            .categories(
                Categories(
                    matchedCategories: ["Refund"],
                    matchedDetails: [
                        "Refund": CategoryDetails(pointsOfInterest: [
                            PointOfInterest(beginOffsetMillis: 65_000, endOffsetMillis: 67_000)
                        ])
                    ])),
            .summary(PostContactSummary(content: "- Refund agreed.", status: .completed)),
        ])
        return TranscriptExport(store: store, instanceId: "inst", contactId: "cont")
    }()

    @Test func textMarksIssuesAndListsCategoriesAndSummary() {
        let text = Self.export.render(.text)
        #expect(text.contains("01:05-01:07  CUSTOMER  NEGATIVE  I want a [[refund]] now"))
        #expect(text.contains("Participants: AGENT, CUSTOMER (cust-7)"))
        #expect(text.contains("Refund  at 01:05-01:07"))
        #expect(text.contains("COMPLETED\n- Refund agreed."))
        #expect(!text.contains("\u{1B}"), "escape sequences are removed")
    }

    @Test func markdownEscapesContentSoTheTableHolds() {
        let markdown = Self.export.render(.markdown)
        #expect(markdown.contains(#"| 00:01-00:03 | AGENT | NEUTRAL | Hello \| \*bold\* \[link\](x) red |"#))
        #expect(markdown.contains("| 01:05-01:07 | CUSTOMER | NEGATIVE | I want a **refund** now |"))
        #expect(markdown.contains("- **Refund** — 01:05-01:07"))
        #expect(markdown.contains("\n\\- Refund agreed.\n"), "a summary starting with - is not a list")
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            #expect(line.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count == 5, "\(line)")
        }
    }

    @Test func jsonKeepsTheAPIsFieldNames() throws {
        let json = Self.export.render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["InstanceId", "ContactId", "Transcript", "Categories", "PostContactSummary"])
        let turns = try #require(object["Transcript"] as? [[String: Any]])
        #expect(turns.map { $0["Id"] as? String } == ["1", "2"])
        #expect(turns[1]["IssuesDetected"] != nil)
        let categories = try #require(object["Categories"] as? [[String: Any]])
        #expect(categories.first?["Name"] as? String == "Refund")
        #expect((categories.first?["PointsOfInterest"] as? [Any])?.count == 1)
        #expect((object["PostContactSummary"] as? [String: Any])?["Status"] as? String == "COMPLETED")
    }

    @Test func aParticipantWithoutAnIdIsListedByItsRoleAlone() {
        var store = TranscriptStore()
        store.apply([
            .transcript(
                Transcript(
                    id: "s1", participantId: "", participantRole: "SYSTEM", content: "The chat was transferred.",
                    beginOffsetMillis: 0, endOffsetMillis: 0))
        ])
        let markdown = TranscriptExport(store: store, instanceId: "inst", contactId: "cont").render(.markdown)
        #expect(markdown.contains("SYSTEM"))
        #expect(!markdown.contains("SYSTEM ()"), "\(markdown)")
    }
}
