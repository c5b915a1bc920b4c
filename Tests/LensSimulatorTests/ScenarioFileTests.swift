import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

@Suite("Scenario files: loading and the model's limits")
struct ScenarioFileTests {
    /// A one-contact scenario JSON whose only segment is `segment`.
    static func file(segment: String, instanceId: String = "i-1", contactId: String = "c-1") -> String {
        #"{"Contacts":[{"InstanceId":"\#(instanceId)","ContactId":"\#(contactId)","Segments":[\#(segment)]}]}"#
    }

    static func turn(content: String = "Hello there", issues: String = "[]", begin: Int = 0, end: Int = 1000) -> String {
        #"{"Transcript":{"Id":"t1","ParticipantId":"p","ParticipantRole":"AGENT","Content":"\#(content)","BeginOffsetMillis":\#(begin),"EndOffsetMillis":\#(end),"IssuesDetected":\#(issues)}}"#
    }

    static func issues(_ count: Int) -> String {
        "["
            + Array(repeating: #"{"CharacterOffsets":{"BeginOffsetChar":0,"EndOffsetChar":1}}"#, count: count).joined(
                separator: ",") + "]"
    }

    static func categories(names: Int, points: Int = 1) -> String {
        let list = (0..<names).map { "\"c\($0)\"" }.joined(separator: ",")
        let poi = Array(repeating: #"{"BeginOffsetMillis":0,"EndOffsetMillis":10}"#, count: points).joined(separator: ",")
        return #"{"Categories":{"MatchedCategories":[\#(list)],"MatchedDetails":{"c0":{"PointsOfInterest":[\#(poi)]}}}}"#
    }

    static func summary(length: Int) -> String {
        #"{"PostContactSummary":{"Status":"COMPLETED","Content":"\#(String(repeating: "é", count: length))"}}"#
    }

    func load(_ text: String) throws -> Scenario {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Scenario.load(contentsOf: url)
    }

    @Test("Good files load, and their error-free limits are inclusive")
    func good() throws {
        let scenario = try load(
            Self.file(
                segment: [
                    Self.turn(issues: Self.issues(20)), Self.categories(names: 150, points: 20), Self.summary(length: 1_762),
                ].joined(separator: ",")))
        #expect(scenario.contacts[0].segments.count == 3)
        #expect(scenario.contacts[0].timeline.map(\.releaseAtMillis) == [10, 1_000, 6_000])
    }

    @Test(
        "Bad files fail with one line naming the place and the rule",
        arguments: [
            ("{not json", "not valid JSON"),
            (#"{"Contacts":{}}"#, "Contacts: expected a list"),
            (#"{"Contacts":[]}"#, "no contacts"),
            (#"{"Contacts":[{"InstanceId":"i","Segments":[]}]}"#, "Contacts[0].ContactId: required but missing"),
            (file(segment: turn(), instanceId: ""), "Contacts[0].InstanceId: must be 1 to 256"),
            (file(segment: turn(), contactId: String(repeating: "x", count: 257)), "Contacts[0].ContactId: must be 1 to 256"),
            (file(segment: turn(), contactId: "  "), "must not be blank"),
            (file(segment: turn(issues: issues(21))), "IssuesDetected: 21 entries, at most 20"),
            (
                file(segment: turn(issues: #"[{"CharacterOffsets":{"BeginOffsetChar":3,"EndOffsetChar":12}}]"#)),
                "not within the content's 11 code points"
            ),
            (file(segment: turn(content: " ")), "Transcript.Content: must not be empty or blank"),
            (file(segment: turn(begin: 5, end: 4)), "is after EndOffsetMillis"),
            (file(segment: categories(names: 151)), "MatchedCategories: 151 entries, at most 150"),
            (file(segment: categories(names: 1, points: 21)), "PointsOfInterest: 21 entries, at most 20"),
            (file(segment: summary(length: 1_763)), "Content: 1763 characters, must be 1 to 1762"),
            (file(segment: #"{"Transcript":{"Id":"t"}}"#), "Segments[0].Transcript.ParticipantId: required but missing"),
            (file(segment: #"{"ReleaseAtMillis":5}"#), "needs one of Transcript, Categories or PostContactSummary"),
            (file(segment: #"{"Extracted":{}}"#), "unknown key Extracted"),
            (
                file(
                    segment:
                        #"{"Categories":{"MatchedCategories":[],"MatchedDetails":{}},"PostContactSummary":{"Status":"FAILED"}}"#),
                "exactly one of"
            ),
        ])
    func bad(text: String, expected: String) {
        #expect {
            try load(text)
        } throws: { error in
            let message = String(describing: error)
            return message.contains(expected) && !message.contains("\n") && message.contains(".json: ")
        }
    }

    @Test("A missing file names the path")
    func missing() {
        #expect {
            try Scenario.load(contentsOf: URL(fileURLWithPath: "/nonexistent/calls.json"))
        } throws: { error in
            String(describing: error).contains("/nonexistent/calls.json: cannot read")
        }
    }

    @Test("The example in Docs/SCENARIOS.md loads and its issue marks the phrase it says")
    func documentedExample() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/SCENARIOS.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let scenario = try Scenario.decode(Data(text[start.upperBound..<end.lowerBound].utf8))
        let turns = scenario.contacts[0].segments.compactMap(\.segment.transcript)
        #expect(turns[1].issueTexts == ["charged twice"])
        #expect(scenario.contacts[0].timeline.map(\.releaseAtMillis) == [3_000, 7_200, 7_200, 10_100, 14_000])
    }
}
