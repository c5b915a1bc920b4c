import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// A transfer on the wall: the conversation keeps its row, which moves to the new leg and says so.
@Suite struct WallTransferTests {
    static let frankLeg = TransferLeg(
        number: 2, contactId: "contact-9", previousContactId: "contact-2", initiationMethod: "TRANSFER", queue: "Retention",
        agent: "frank.moreau", at: WallFixtures.start.addingTimeInterval(30))

    @Test("The transferred call's row moves to the new leg: one row, its place and clock kept, saying where it came from")
    func theRowMovesToTheNewLeg() {
        var (state, _) = WallFixtures.state()
        let rows = state.rows.count
        let before = state.rows["contact-2"]!.callSeconds(at: state.now)
        _ = reduceWall(into: &state, .engine(.transferred(Self.frankLeg)))
        // The next look at the floor: Sam's leg has gone, Frank's is there.
        let frank = WallContactInfo(
            contactId: "contact-9", agent: "frank.moreau", queue: "Retention",
            connectedAt: WallFixtures.start.addingTimeInterval(30))
        _ = reduceWall(into: &state, .engine(.floor([WallFixtures.infos[0], WallFixtures.infos[2], frank])))
        _ = reduceWall(
            into: &state,
            .engineBatch([
                .contact("contact-2", .finished),
                WallFixtures.contactPage("contact-9", [WallFixtures.customer(20, "I want to cancel.", .negative, at: 40)]),
            ]))
        #expect(state.rows.count == rows, "no row for the new leg: the conversation's row moved")
        #expect(state.ended.isEmpty, "the first leg's end does not end the conversation")
        let row = state.rows["contact-2"]!
        #expect(row.currentContactId == "contact-9")
        #expect(row.agentText == "frank.moreau" && row.queueText == "Retention")
        #expect(row.latestCustomer == "I want to cancel.")
        #expect(row.callSeconds(at: state.now) == before, "the clock runs from the first leg")
        #expect(row.call.store.legs.map(\.contactId) == ["contact-9"])
        let line = state.screen.snapshot.split(separator: "\n").first { $0.contains("frank.moreau") }.map(String.init) ?? ""
        #expect(line.contains("↪ from sam.okafor"), "\(line)")
        #expect(state.screen.snapshot.split(separator: "\n").count { $0.contains("sam.okafor") } == 1, "no row of Sam's own")
        // L asks about the leg the caller is on now.
        state.select(state.visible.firstIndex(of: "contact-2"))
        state.selectionPinned = true
        let effects = state.press(.char("L"))
        let asked = effects.compactMap { effect -> ListenQuestion? in
            if case .ask(let question, _) = effect { question } else { nil }
        }
        #expect(asked.map(\.contactId) == ["contact-9"])
    }

    @Test("A leg whose turns came before the link gives them to the conversation's row, behind the divider")
    func aLateLinkMovesTheLegsTurns() {
        var (state, _) = WallFixtures.state()
        let rows = state.rows.count
        _ = reduceWall(
            into: &state,
            WallFixtures.page(
                "contact-9", [WallFixtures.customer(20, "Hello?", .neutral, at: 1), WallFixtures.category("Retention")]))
        #expect(state.rows.count == rows + 1)
        _ = reduceWall(into: &state, .engine(.transferred(Self.frankLeg)))
        #expect(state.rows.count == rows && state.rows["contact-9"] == nil, "one row for the conversation")
        let row = state.rows["contact-2"]!
        #expect(row.currentContactId == "contact-9" && row.latestCustomer == "Hello?")
        let store = row.call.store
        #expect(store.turns[store.turnRange(ofLeg: 1)].map(\.content) == ["Hello?"], "behind the divider")
        #expect(store.categories.contains { $0.name == "Retention" && $0.leg == 1 })
        #expect(state.screenOrder.count == rows)
    }

    @Test("A transfer from a contact the wall never had changes nothing")
    func noMoveWithoutARowToMove() {
        var (state, _) = WallFixtures.state()
        var leg = Self.frankLeg
        leg.contactId = "contact-10"
        leg.previousContactId = "contact-404"
        _ = reduceWall(into: &state, .engine(.transferred(leg)))
        #expect(state.row(of: "contact-10") == nil)
    }
}
