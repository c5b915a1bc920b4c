import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// A transfer in the follow view: the earlier leg's turns stay above a divider that says where
/// the call went, the new leg's below; the header names the new contact and counts the legs.
@Suite struct TransferViewTests {
    static let retention = TransferLeg(
        number: 2, contactId: "contact-retention", previousContactId: Fixtures.session.contactId,
        initiationMethod: "TRANSFER", queue: "Retention", agent: "frank.moreau",
        at: Date(timeIntervalSince1970: 1_800_000_000))

    static func transferred(height: Int = 30) -> AppState {
        var state = Fixtures.state(size: Size(width: 100, height: height))
        state.timeZone = .utc
        _ = reduce(into: &state, .engine(.leg(retention)))
        _ = reduce(
            into: &state,
            Fixtures.page(
                [
                    .transcript(Fixtures.turn(11, "AGENT", "Retention, Frank speaking. I hear you'd like to cancel?", at: 1)),
                    .transcript(Fixtures.turn(12, "CUSTOMER", "Yes, unless you can fix the line.", at: 4)),
                ], at: 80))
        return state
    }

    @Test func theDividerSitsBetweenTheLegsTurns() throws {
        let lines = Self.transferred().screen.lines
        let divider = try #require(
            lines.firstIndex { $0.contains("— transferred to Retention · frank.moreau · 08:00:00 —") },
            "\(lines.joined(separator: "\n"))")
        let before = try #require(lines.firstIndex { $0.contains("Okay, that would actually be great") })
        let after = try #require(lines.firstIndex { $0.contains("Retention, Frank speaking") })
        #expect(before < divider && divider < after)
    }

    @Test func theHeaderCountsTheLegsAndNamesTheNewContact() {
        let lines = Self.transferred().screen.lines
        #expect(lines[0].contains("contact contact-retention"), "\(lines[0])")
        #expect(lines[1].contains("leg 2"), "\(lines[1])")
        #expect(!Fixtures.state().screen.lines[1].contains("leg "), "one contact says nothing of legs")
    }

    @Test func theAgentKnownLaterIsNotASecondDivider() {
        var state = Self.transferred()
        var known = Self.retention
        known.agent = "frank"
        _ = reduce(into: &state, .engine(.leg(known)))
        let dividers = state.screen.lines.filter { $0.contains("— transferred to") }
        #expect(dividers.count == 1)
        #expect(state.store.legCount == 2)
    }
}
