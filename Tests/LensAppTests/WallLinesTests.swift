import ContactLensModel
import Foundation
import Testing

@testable import LensApp

/// The wall's JSON lines in-process: the same alert rules as the wall's view, with no view in
/// between, and the end once every listed contact's analysis is over.
@Suite struct WallLinesTests {
    static let time = Date(timeIntervalSince1970: 1_800_000_000)

    static func page(_ n: Int, _ sentiment: Sentiment, escalation: Bool = false) -> WallEvent {
        var segments: [Segment] = [
            .transcript(
                Transcript(
                    id: "t\(n)", participantId: "c", participantRole: "CUSTOMER", content: "turn \(n)",
                    beginOffsetMillis: n * 1000, endOffsetMillis: n * 1000 + 500, sentiment: sentiment))
        ]
        if escalation {
            segments.append(
                .categories(
                    Categories(
                        matchedCategories: ["Escalation"],
                        matchedDetails: [
                            "Escalation": CategoryDetails(pointsOfInterest: [
                                PointOfInterest(beginOffsetMillis: 0, endOffsetMillis: 1)
                            ])
                        ])))
        }
        return .contact(
            "c1", .segments(segments, receivedAt: time))
    }

    @Test func aListedContactsAlertsAreLinesAndTheStreamEndsWithItsAnalysis() async throws {
        let events = AsyncStream<WallEvent> { continuation in
            for event in [
                .listed(contactId: "c1"), Self.page(1, .negative), Self.page(2, .negative, escalation: true),
                Self.page(3, .negative), Self.page(4, .negative), .contact("c1", .finished),
            ] as [WallEvent] {
                continuation.yield(event)
            }
        }
        let feed = FeedState()
        feed.finish()
        let logged = Logged()
        let memory = MemoryConsole()
        try await WallLines.print(
            events, rules: try AlertRules(patterns: ["Escalation"], negativeRun: 3), format: .jsonl, endsWhenDone: true,
            feed: feed, onAlert: { logged.add($0) }, console: memory.console, now: { Self.time })
        let lines = memory.outLines
        let alerts = lines.filter { $0.hasPrefix("{\"Alert\"") }
        #expect(alerts.count == 2, "\(lines)")
        #expect(alerts[0].contains(#""Kind":"category""#) && alerts[0].contains(#""Agent":"-""#), "\(alerts[0])")
        #expect(alerts[1].contains(#""Detail":"3 negative customer turns in a row""#), "\(alerts[1])")
        #expect(logged.list.map(\.kind) == [.category, .negative])
        #expect(lines.last?.contains("COMPLETED") == true)
        #expect(lines.filter { $0.contains("\"Transcript\"") }.count == 4)
    }

    /// A floor that closed with no call left when the wall looked (a loaded machine, a fast demo)
    /// ends the lines too: nothing is live and nothing can start. The stream never finishes here,
    /// so only the end rule stops it.
    @Test func aClosedFloorWithNoCallOnItEndsTheLines() async throws {
        let (events, continuation) = AsyncStream<WallEvent>.makeStream()
        continuation.yield(.floor([]))
        continuation.yield(.pace(WallPace(live: 0, rate: 1, refreshSeconds: 1, throttled: false)))
        let memory = MemoryConsole()
        let ended = Task {
            try await WallLines.print(
                events, rules: try AlertRules(patterns: [], negativeRun: nil), format: .jsonl, endsWhenDone: false,
                feed: FeedState(), closesAt: Self.time.addingTimeInterval(-1), onAlert: { _ in }, console: memory.console,
                now: { Self.time })
        }
        let watchdog = Task {
            try await Task.sleep(for: .seconds(30))
            continuation.finish()
        }
        try await ended.value
        watchdog.cancel()
        continuation.finish()
    }

    /// The lines never go through the view: the pipe's source does not import it.
    @Test func theLinesDoNotUseTheView() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/LensApp/Wall/WallLines.swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        #expect(source.contains("ContactAlerts"))
        #expect(!source.contains("import LensUI"))
    }

    final class Logged: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [WallAlert] = []
        var list: [WallAlert] { lock.withLock { all } }
        func add(_ alert: WallAlert) { lock.withLock { all.append(alert) } }
    }
}
