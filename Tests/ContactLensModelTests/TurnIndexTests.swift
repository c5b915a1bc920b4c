import Testing

@testable import ContactLensModel

/// The store's index by id keeps hashes, not ids: turns whose ids hash alike are told apart by
/// the turn itself, and growing the table loses none.
@Suite struct TurnIndexTests {
    @Test func slotsOfOneHashAreToldApartByTheirTurnAndSurviveGrowing() {
        var index = TurnIndex()
        // 200 turns, every ten sharing one hash: far past the first table's 16 slots.
        for n in 0..<200 { index.insert(hash: 1 + n % 10, begin: n, end: n + 1) }
        #expect(index.count == 200)
        for n in 0..<200 {
            let found = index.slot(of: 1 + n % 10) { $0.begin == n }
            #expect(found.map { index.slots[$0].end } == n + 1)
        }
        #expect(index.slot(of: 3) { $0.begin == 1_000 } == nil, "a hash present, the turn not")
        #expect(index.slot(of: 99) { _ in true } == nil, "a hash absent")
    }

    @Test func aTurnMovedToANewKeyIsFoundThere() {
        var index = TurnIndex()
        index.insert(hash: 7, begin: 10, end: 20)
        let slot = index.slot(of: 7) { $0.begin == 10 }!
        index.update(slot, begin: 30, end: 40)
        #expect(index.slot(of: 7) { $0.begin == 10 } == nil)
        #expect(index.slot(of: 7) { $0.begin == 30 && $0.end == 40 } == slot)
    }
}
