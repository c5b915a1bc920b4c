import ContactLensModel
import Foundation
import Testing

@testable import LensApp

/// `--alert` works without a terminal too: text marks the category line, JSON lines name it.
@Suite struct AlertStreamTests {
    static let page = ListSegmentsResponse(
        segments: [
            .categories(
                Categories(
                    matchedCategories: ["Escalation", "Greeting"],
                    matchedDetails: [
                        "Escalation": CategoryDetails(pointsOfInterest: [
                            PointOfInterest(beginOffsetMillis: 61_000, endOffsetMillis: 62_000)
                        ]),
                        "Greeting": CategoryDetails(pointsOfInterest: []),
                    ]))
        ], nextToken: nil)

    static func lines(_ format: OutputFormat, alerts: [String]) async throws -> [String] {
        try await run(format, alerts: alerts).outLines
    }

    static func run(_ format: OutputFormat, alerts: [String]) async throws -> MemoryConsole {
        let memory = MemoryConsole()
        let events = AsyncStream<FollowEvent> { continuation in
            continuation.yield(.segments(page.segments, receivedAt: Date()))
            continuation.yield(.finished)
            continuation.finish()
        }
        try await FollowRunner.printLines(events, format: format, alerts: alerts, console: memory.console)
        return memory
    }

    @Test func theTextStreamMarksAlertedCategories() async throws {
        let lines = try await Self.lines(.text, alerts: ["escal.*"])
        #expect(lines.contains("01:01  CATEGORY Escalation (at 01:01)  ALERT"), "\(lines)")
        #expect(lines.contains { $0.contains("CATEGORY Greeting") && !$0.contains("ALERT") }, "\(lines)")
        #expect(try await Self.lines(.text, alerts: []).allSatisfy { !$0.contains("ALERT") })
    }

    @Test func jsonLinesNameTheAlertedCategories() async throws {
        let lines = try await Self.lines(.jsonl, alerts: ["Escalation"])
        let line = try #require(lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["Alerts"] as? [String] == ["Escalation"])
        #expect(object["Categories"] != nil, "the segment as the API wrote it")
        #expect(try await Self.lines(.jsonl, alerts: [])[0].contains("Alerts") == false)
    }

    @Test func aPatternThatMatchedNoCategoryIsSaidOnceAtTheEnd() async throws {
        for format in OutputFormat.allCases {
            let memory = try await Self.run(format, alerts: ["escal", "refund", "^Greet$"])
            let notes = memory.err.split(separator: "\n").filter { $0.contains("matched none") }
            #expect(
                notes == [
                    "lenstail: --alert 'refund', --alert '^Greet$' matched none of this call's categories (Escalation, Greeting)"
                ],
                "\(format): \(memory.err)")
        }
        #expect(try await Self.run(.text, alerts: ["escal", "greet"]).err.isEmpty, "every pattern found a category")
    }
}
