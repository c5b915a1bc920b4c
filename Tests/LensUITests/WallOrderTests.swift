import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// The wall keeps its order without sorting every row per batch: after any batch, in every order,
/// with and without a filter, the rows are where a full sort of every row puts them.
@Suite struct WallOrderTests {
    @Test(
        "Over seeded random batches (turns, alerts, names, calls ending and leaving, new calls, o and /), the kept order is a full sort's",
        arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func incrementalIsAFullSort(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var state = try! WallState(
            instanceId: "inst-1", scope: "test", options: WallOptions(alertPatterns: ["Escalation"], alertNegative: 3),
            size: Size(width: 160, height: 30), now: WallFixtures.start)
        var turns: [String: Int] = [:]
        var onFloor = Set((0..<40).map { "c\($0)" })
        let agents = ["ann", "bob", "cy", "dee"]
        let queues = ["Billing", "Sales", "Support"]
        var names: [String: WallContactInfo] = [:]
        func info(_ id: String) -> WallContactInfo {
            if let known = names[id] { return known }
            let made = WallContactInfo(
                contactId: id, agent: agents.randomElement(using: &random)!, queue: queues.randomElement(using: &random)!,
                connectedAt: WallFixtures.start.addingTimeInterval(-Double(Int.random(in: 0..<20, using: &random)) * 30))
            names[id] = made
            return made
        }
        var nextContact = 40
        for batch in 0..<120 {
            var events: [WallEvent] = []
            for _ in 0..<Int.random(in: 1...24, using: &random) {
                let id = "c\(Int.random(in: 0..<nextContact, using: &random))"
                switch Int.random(in: 0..<100, using: &random) {
                case 0..<70:
                    let n = turns[id, default: 0]
                    turns[id] = n + 1
                    let sentiment = [Sentiment.positive, .neutral, .negative, .negative].randomElement(using: &random)!
                    var segments = [
                        Segment.transcript(
                            Fixtures.turn(
                                n, n % 3 == 0 ? "AGENT" : "CUSTOMER", "turn \(n) of \(id) refund", at: n, sentiment: sentiment))
                    ]
                    if Int.random(in: 0..<30, using: &random) == 0 { segments.append(WallFixtures.category("Escalation")) }
                    events.append(.contact(id, .segments(segments, receivedAt: state.now)))
                case 70..<78:
                    events.append(.contact(id, .finished))
                case 78..<84:
                    onFloor.remove(id)
                    events.append(.floor(onFloor.sorted().map(info)))
                case 84..<90:
                    names[id] = nil
                    onFloor.insert(id)
                    events.append(.floor(onFloor.sorted().map(info)))
                case 90..<95:
                    let new = "c\(nextContact)"
                    nextContact += 1
                    onFloor.insert(new)
                    events.append(Bool.random(using: &random) ? .listed(contactId: new) : .floor(onFloor.sorted().map(info)))
                default:
                    events.append(.listed(contactId: id))
                }
            }
            _ = reduceWall(into: &state, .engineBatch(events))
            switch Int.random(in: 0..<10, using: &random) {
            case 0: state.press(.char("o"))
            case 1: state.press(.char("/"), .char(["r", "1", "c"].randomElement(using: &random)!), .enter)
            case 2: state.press(.escape)
            case 3:
                _ = reduceWall(into: &state, .tick(state.now.addingTimeInterval(Double(Int.random(in: 1...200, using: &random)))))
            default: break
            }
            #expect(
                state.screenOrder == Self.fullSort(state), "batch \(batch), order \(state.sort), filter \(state.filter ?? "-")")
            #expect(state.screenOrder == state.sortedFromScratch(), "batch \(batch)")
            #expect(state.alertedCount == state.visible.count { !state.rows[$0]!.alerts.isEmpty }, "batch \(batch)")
            #expect(state.rows.values.allSatisfy { $0.endedAt.map { state.now.timeIntervalSince($0) <= 300 } ?? true })
        }
        #expect(state.rows.count > 20, "the floor stayed busy")
    }

    /// The order the wall promises, worked out from every row the slow way: live rows by the
    /// chosen order, then ended rows, the most recent first; each after the filter.
    static func fullSort(_ state: WallState) -> [String] {
        let needle = state.filter?.lowercased()
        let rows = state.rows.values.filter { needle == nil || $0.haystack.contains(needle!) }
        func seconds(_ row: WallRow) -> Double { row.callSeconds(at: state.now) }
        func falling(_ row: WallRow) -> Double { row.trend < 0 ? row.trend : 0 }
        let live = rows.filter { $0.endedAt == nil }.sorted { a, b in
            switch state.sort {
            case .attention:
                if a.alerts.isEmpty != b.alerts.isEmpty { return !a.alerts.isEmpty }
                if falling(a) != falling(b) { return falling(a) < falling(b) }
            case .agent:
                if (a.found?.agent ?? "") != (b.found?.agent ?? "") { return (a.found?.agent ?? "") < (b.found?.agent ?? "") }
            case .queue:
                if (a.found?.queue ?? "") != (b.found?.queue ?? "") { return (a.found?.queue ?? "") < (b.found?.queue ?? "") }
            case .longest: break
            }
            return seconds(a) != seconds(b) ? seconds(a) > seconds(b) : a.contactId < b.contactId
        }
        let ended = rows.compactMap { row in row.endedAt.map { (row.contactId, $0) } }.sorted { ($0.1, $0.0) > ($1.1, $1.0) }
        return live.map(\.contactId) + ended.map(\.0)
    }

    @Test("A row whose key did not change is not moved; one that changed moves to where its new key goes")
    func orderedRows() {
        struct Key: Comparable {
            var value: Int
            var id: String
            static func < (a: Key, b: Key) -> Bool { (a.value, a.id) < (b.value, b.id) }
        }
        var rows = OrderedRows<Key>()
        rows.rebuild([("a", Key(value: 3, id: "a")), ("b", Key(value: 1, id: "b")), ("c", Key(value: 2, id: "c"))])
        #expect(rows.ids == ["b", "c", "a"])
        rows.set("a", Key(value: 0, id: "a"))
        #expect(rows.ids == ["a", "b", "c"])
        rows.set("d", Key(value: 2, id: "d"))
        #expect(rows.ids == ["a", "b", "c", "d"])
        rows.set("b", nil)
        #expect(rows.ids == ["a", "c", "d"])
        #expect(rows.index(of: "d") == 2 && rows.index(of: "b") == nil)
    }
}
