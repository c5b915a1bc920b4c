import ContactLensModel
import Foundation
import LensSimulator
import TestSupport

/// A synthetic call for end-to-end tests: `turns` alternating turns of 2 s, issues,
/// categories along the way and a summary at the end.
enum TestCall {
    static let instanceId = "e2e1a57a-0000-4000-8000-000000000001"
    static let contactId = "e2ec0000-0000-4000-8000-000000000001"

    static func scenario(turns: Int, contactId: String = contactId) -> Scenario {
        var segments: [ScenarioSegment] = []
        for index in 0..<turns {
            let role = index.isMultiple(of: 2) ? "AGENT" : "CUSTOMER"
            let begin = index * 2000
            var turn = Transcript(
                id: "turn-\(index)", participantId: role, participantRole: role,
                content: "Turn \(index): je voudrais un remboursement, 払い戻し \(index)",
                beginOffsetMillis: begin, endOffsetMillis: begin + 1800,
                sentiment: [Sentiment.neutral, .negative, .positive][index % 3])
            if index % 5 == 0 { turn.issuesDetected = [IssueDetected(5, 9)] }
            segments.append(ScenarioSegment(.transcript(turn)))
            if index % 25 == 24 {
                let name = index % 50 == 24 ? "Billing" : "Cancellation"
                let point = PointOfInterest(beginOffsetMillis: begin, endOffsetMillis: begin + 1800)
                segments.append(
                    ScenarioSegment(
                        .categories(
                            Categories(
                                matchedCategories: [name], matchedDetails: [name: CategoryDetails(pointsOfInterest: [point])]))))
            }
        }
        segments.append(ScenarioSegment(.summary(PostContactSummary(content: "Refund agreed.", status: .completed))))
        return Scenario(contacts: [ScenarioContact(instanceId: instanceId, contactId: contactId, segments: segments)])
    }

    /// The store a perfect client ends with: every scenario segment merged once.
    static func expectedStore(_ scenario: Scenario) -> TranscriptStore {
        var store = TranscriptStore()
        for contact in scenario.contacts { store.apply(contact.segments.map(\.segment)) }
        return store
    }
}

extension TestCall {
    /// A `--output jsonl` line as the API wrote the segment: without the `ContactId` lenstail adds
    /// to name the line's leg.
    static func apiShape<Line: StringProtocol>(_ line: Line) throws -> Data {
        guard var object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return Data(line.utf8)
        }
        object["ContactId"] = nil
        return try JSONSerialization.data(withJSONObject: object)
    }
}
