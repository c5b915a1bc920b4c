import ContactLensModel
import Testing

/// `--alert` finds a category as grep finds a line: anywhere in the name, ignoring case; anchors
/// ask for the whole name.
@Suite struct AlertRulesMatchTests {
    @Test func aPatternMatchesAnywhereInTheNameIgnoringCase() throws {
        let matcher = try AlertRules(patterns: ["cancel"])
        #expect(matcher.matches("Cancellation"))
        #expect(matcher.matches("Threatened cancellation"))
        #expect(matcher.matches("CANCEL"))
        #expect(!matcher.matches("Escalation"))
    }

    @Test func anchorsAskForTheWholeName() throws {
        let whole = try AlertRules(patterns: ["^cancel$"])
        #expect(!whole.matches("Cancellation"))
        #expect(whole.matches("Cancel"))
        let escalation = try AlertRules(patterns: ["^Escal.*$"])
        #expect(escalation.matches("escalation"))
        #expect(!escalation.matches("Supervisor escalation"))
    }

    @Test func anAlternationMatchesEitherName() throws {
        let matcher = try AlertRules(patterns: ["Escalation|Cancellation"])
        #expect(matcher.matches("Escalation") && matcher.matches("Cancellation") && !matcher.matches("Greeting"))
    }
}
