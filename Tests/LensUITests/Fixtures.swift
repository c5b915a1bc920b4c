import ContactLensModel
import Foundation
import TestSupport

@testable import LensUI

/// Builders for the calls the tests show.
enum Fixtures {
    static let session = SessionInfo(instanceId: "inst-1234", contactId: "contact-5678", endpoint: "us-west-2")
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func turn(
        _ n: Int, _ role: String, _ text: String, at second: Int, sentiment: Sentiment? = .neutral,
        issues: [IssueDetected]? = nil
    ) -> Transcript {
        Transcript(
            id: "t\(n)", participantId: role.lowercased(), participantRole: role, content: text,
            beginOffsetMillis: second * 1000, endOffsetMillis: second * 1000 + 3500,
            sentiment: sentiment, issuesDetected: issues)
    }

    static let liveTurns: [Transcript] = [
        turn(
            1, "AGENT", "Thank you for calling Example Telecom, this is Sam. How can I help you today?", at: 1,
            sentiment: .positive),
        turn(
            2, "CUSTOMER", "Hi Sam. My internet has been dropping every evening for a week and I want to cancel my plan.", at: 6,
            sentiment: .negative, issues: [IssueDetected(8, 60)]),
        turn(3, "AGENT", "I'm sorry to hear that. Let me look at your line before we talk about cancelling.", at: 14),
        turn(4, "CUSTOMER", "Fine, but this is the third time I call about it.", at: 21, sentiment: .negative),
        turn(5, "AGENT", "I can see errors on the line since Monday. I'll send a technician tomorrow morning.", at: 27),
        turn(6, "CUSTOMER", "Okay, that would actually be great. Thanks.", at: 35, sentiment: .positive),
    ]

    static let categories = Categories(
        matchedCategories: ["Cancellation", "Escalation"],
        matchedDetails: [
            "Cancellation": CategoryDetails(pointsOfInterest: [PointOfInterest(beginOffsetMillis: 6000, endOffsetMillis: 9000)]),
            "Escalation": CategoryDetails(pointsOfInterest: [PointOfInterest(beginOffsetMillis: 21000, endOffsetMillis: 23000)]),
        ])

    static func page(_ segments: [Segment], at second: Double = 40) -> AppEvent {
        .engine(.segments(segments, receivedAt: start.addingTimeInterval(second)))
    }

    /// A state with `turns` merged, live, polled 2 s ago.
    static func state(
        _ turns: [Transcript] = liveTurns, categories: Categories? = Fixtures.categories,
        size: Size = Size(width: 100, height: 24), alerts: [String] = ["Escal.*"]
    ) -> AppState {
        var state = try! AppState(
            session: session, options: UIOptions(alertPatterns: alerts), size: size, now: start.addingTimeInterval(42))
        var segments = turns.map(Segment.transcript)
        if let categories { segments.append(.categories(categories)) }
        _ = reduce(into: &state, page(segments))
        _ = reduce(into: &state, .engine(.status(.live(lastSuccess: start.addingTimeInterval(40)))))
        return state
    }

    /// Many turns, for scrolling.
    static func longCall(_ count: Int) -> [Transcript] {
        (0..<count).map { i in
            turn(100 + i, i % 2 == 0 ? "AGENT" : "CUSTOMER", "Turn number \(i) of a long call.", at: i * 5)
        }
    }
}

extension AppState {
    /// Sends keys through the reducer; returns the effects of the last.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var last: [Effect] = []
        for key in keys { last = reduce(into: &self, .key(key)) }
        return last
    }

    var screen: Screen { render(self, size: size) }
}
