import ContactLensModel
import Foundation
import Testing

@testable import LensApp

/// `--output text` is read top to bottom as a log: a category that arrives after a later turn is
/// stamped when it matched, not back at its first point (which its brackets still list).
@Suite struct TextLineOrderTests {
    static func turn(_ id: String, at seconds: Int) -> Segment {
        .transcript(
            Transcript(
                id: id, participantId: "CUSTOMER", participantRole: "CUSTOMER", content: "turn \(id)",
                beginOffsetMillis: seconds * 1000, endOffsetMillis: seconds * 1000 + 900))
    }

    static func lines(_ pages: [[Segment]]) async throws -> [String] {
        let memory = MemoryConsole()
        let events = AsyncStream<FollowEvent> { continuation in
            for page in pages { continuation.yield(.segments(page, receivedAt: Date())) }
            continuation.yield(.finished)
            continuation.finish()
        }
        try await FollowRunner.printLines(events, format: .text, alerts: [], console: memory.console)
        return memory.outLines
    }

    @Test func aCategoryAfterALaterTurnIsStampedWhenItMatched() async throws {
        let billing = Segment.categories(
            Categories(
                matchedCategories: ["Billing dispute"],
                matchedDetails: [
                    "Billing dispute": CategoryDetails(pointsOfInterest: [
                        PointOfInterest(beginOffsetMillis: 6000, endOffsetMillis: 7000),
                        PointOfInterest(beginOffsetMillis: 26_000, endOffsetMillis: 27_000),
                    ])
                ]))
        let lines = try await Self.lines([[Self.turn("a", at: 6), Self.turn("b", at: 26)], [billing]])
        #expect(lines.last == "00:26  CATEGORY Billing dispute (at 00:06, 00:26)", "\(lines)")
        let stamps = lines.map { String($0.prefix { $0 != " " }) }
        #expect(stamps == stamps.sorted(), "the times never go back: \(lines)")
    }
}
