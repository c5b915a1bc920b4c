import ContactLensModel
import Foundation
import Testing

/// The alert rules the follow view, the wall and the wall's JSON lines share: a category
/// alerts once, the first time it matches; a negative run alerts once until the customer says
/// something that is not negative.
@Suite struct ContactAlertsTests {
    static func customer(_ n: Int, _ sentiment: Sentiment, role: String = "CUSTOMER") -> Segment {
        .transcript(
            Transcript(
                id: "t\(n)", participantId: role, participantRole: role, content: "turn \(n)",
                beginOffsetMillis: n * 1000, endOffsetMillis: n * 1000 + 500, sentiment: sentiment))
    }

    static func category(_ name: String) -> Segment {
        .categories(
            Categories(
                matchedCategories: [name],
                matchedDetails: [
                    name: CategoryDetails(pointsOfInterest: [PointOfInterest(beginOffsetMillis: 0, endOffsetMillis: 1)])
                ]))
    }

    @Test func aCategoryAlertsOnceInTheOrderItMatched() throws {
        let rules = try AlertRules(patterns: ["Escal.*", "cancellation"])
        var store = TranscriptStore()
        var alerts = ContactAlerts()
        store.apply([Self.category("Billing"), Self.category("Cancellation"), Self.category("Escalation")])
        #expect(alerts.update(in: store, rules: rules) == [.category("Cancellation"), .category("Escalation")])
        store.apply([Self.category("Escalation"), Self.customer(1, .negative)])
        #expect(alerts.update(in: store, rules: rules).isEmpty, "the same category again, and no negative rule")
        #expect(alerts.categories == ["Cancellation", "Escalation"])
        #expect(alerts.raised.map(\.kind) == [.category, .category])
    }

    @Test func aNegativeRunAlertsOnceUntilTheCustomerIsNotNegative() throws {
        let rules = try AlertRules(negativeRun: 2)
        var store = TranscriptStore()
        var alerts = ContactAlerts()
        store.apply([Self.customer(1, .negative), Self.customer(2, .positive, role: "AGENT")])
        #expect(alerts.update(in: store, rules: rules).isEmpty)
        store.apply([Self.customer(3, .negative), Self.customer(4, .negative)])
        #expect(
            alerts.update(in: store, rules: rules) == [.negativeRun(count: 3, threshold: 2)], "the agent's turn is not counted")
        store.apply([Self.customer(5, .negative)])
        #expect(alerts.update(in: store, rules: rules).isEmpty, "the same run goes on")
        store.apply([Self.customer(6, .neutral)])
        #expect(alerts.update(in: store, rules: rules).isEmpty)
        store.apply([Self.customer(7, .negative), Self.customer(8, .negative)])
        let again = alerts.update(in: store, rules: rules)
        #expect(again == [.negativeRun(count: 2, threshold: 2)], "re-armed by the neutral turn")
        #expect(again.first?.detail == "2 negative customer turns in a row")
    }

    @Test func theAlertLogLineNamesTheContactAndItsKind() throws {
        let names = WallContactInfo(contactId: "c1", agent: "sam.okafor", queue: "Billing")
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let found = String(
            decoding: try encoder.encode(WallAlert(.category("Esc\u{1B}[31m"), contactId: "c1", names: names, at: time)),
            as: UTF8.self)
        #expect(found.contains(#""Agent":"sam.okafor""#) && found.contains(#""Kind":"category""#))
        #expect(!found.contains("\\u001b"), "the detail is sanitised: \(found)")
        let listed = String(
            decoding: try encoder.encode(WallAlert(.negativeRun(count: 3, threshold: 3), contactId: "c2", names: nil, at: time)),
            as: UTF8.self)
        #expect(listed.contains(#""Agent":"-""#) && listed.contains(#""Kind":"negative""#), "\(listed)")
    }

    @Test func aPatternThatIsNotARegularExpressionIsOneLine() {
        let error = #expect(throws: AlertRulesError.self) { try AlertRules(patterns: ["Escal(ation"]) }
        #expect(error?.message == "--alert 'Escal(ation' is not a valid regular expression")
        #expect(!AlertRules.none.matches("Escalation"))
    }
}
