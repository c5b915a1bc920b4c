import Foundation
import Testing

@testable import ContactLensModel

/// A transferred conversation in one store: each leg's turns after the last's, whatever their
/// offsets (a new contact's analysis starts again at 0), and each leg's categories its own.
@Suite struct TranscriptStoreLegsTests {
    static let retention = TransferLeg(
        number: 2, contactId: "B", previousContactId: "A", initiationMethod: "TRANSFER", queue: "Retention",
        at: Date(timeIntervalSince1970: 1_800_000_000))

    @Test func aNewLegsTurnsComeAfterEveryTurnBeforeIt() {
        var store = TranscriptStore()
        store.apply([.transcript(turn("a1", 1000)), .transcript(turn("a2", 60_000))])
        store.beginLeg(Self.retention)
        store.apply([.transcript(turn("b2", 5000)), .transcript(turn("b1", 500))])
        #expect(store.turns.map(\.id) == ["a1", "a2", "b1", "b2"])
        #expect(store.legCount == 2)
        #expect(store.leg(ofTurnAt: 1) == 0 && store.leg(ofTurnAt: 2) == 1)
        #expect(store.turnRange(ofLeg: 1) == 2..<4)
        #expect(store.transfer(ofLeg: 1)?.queue == "Retention")
    }

    @Test func theSameLegSaidAgainWithItsAgentIsNotASecondTransfer() {
        var store = TranscriptStore()
        store.beginLeg(Self.retention)
        var known = Self.retention
        known.agent = "frank.moreau"
        store.beginLeg(known)
        #expect(store.legCount == 2)
        #expect(store.legs.last?.agent == "frank.moreau")
    }

    @Test func chainsCountEveryLeg() {
        var store = TranscriptStore()
        store.apply([.transcript(turn("a", 0))])
        store.beginLeg(Self.retention)
        store.apply([.transcript(turn("b", 0))])
        store.beginLeg(TransferLeg(number: 3, contactId: "C", previousContactId: "B", queue: "Billing"))
        store.apply([.transcript(turn("c", 0))])
        #expect(store.turns.map(\.id) == ["a", "b", "c"])
        #expect(store.legCount == 3)
        #expect(store.turnRange(ofLeg: 2) == 2..<3)
    }

    @Test func theDividerSaysWhereWhoAndWhen() throws {
        var leg = Self.retention
        leg.agent = "frank\u{1B}[2J"
        let text = leg.dividerText(timeZone: .utc)
        #expect(text.hasPrefix("transferred to Retention · frank"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasSuffix(" · 08:00:00"))
    }
}
