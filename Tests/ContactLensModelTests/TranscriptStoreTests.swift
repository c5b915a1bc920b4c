import TestSupport
import Testing

@testable import ContactLensModel

func turn(
    _ id: String, _ begin: Int, _ end: Int? = nil, role: String = "AGENT", content: String = "text",
    sentiment: Sentiment? = .neutral
) -> Transcript {
    Transcript(
        id: id, participantId: role, participantRole: role, content: content,
        beginOffsetMillis: begin, endOffsetMillis: end ?? begin + 1000, sentiment: sentiment)
}

@Suite struct TranscriptStoreTests {
    @Test func keepsTurnsInCallOrderWhateverTheArrivalOrder() {
        var store = TranscriptStore()
        store.apply([.transcript(turn("c", 3000)), .transcript(turn("a", 1000))])
        store.apply([.transcript(turn("b", 2000)), .transcript(turn("d", 3000, 2500)), .transcript(turn("e", 9000))])
        #expect(store.turns.map(\.id) == ["a", "b", "d", "c", "e"])
    }

    /// A whole file is one batch for the store: its turns take the room they need, where doubling
    /// would leave up to half of it unused (#21); the same turns a page at a time end the same.
    @Test func aWholeCallInOneBatchLeavesTheStoreNoSpareRoom() {
        let segments = (0..<10_000).map { i in
            Segment.transcript(turn("turn-\(i)", i * 700, i * 700 + 600))
        }
        var whole = TranscriptStore()
        whole.apply(segments)
        #expect(whole.turns.count == 10_000 && whole.turns.capacity < 10_100, "capacity \(whole.turns.capacity)")
        var paged = TranscriptStore()
        for start in stride(from: 0, to: segments.count, by: 100) { paged.apply(Array(segments[start..<start + 100])) }
        #expect(paged.turns.map(\.id) == whole.turns.map(\.id))
    }

    /// A replay delivers a call turn by turn, so `turns` grows by doubling; once the analysis is
    /// over the room no turn will use is given back (#21), and nothing else changes.
    @Test func aFinishedCallGivesBackTheRoomItGrewInto() {
        var store = TranscriptStore()
        for i in 0..<10_000 { store.apply([.transcript(turn("turn-\(i)", i * 700, i * 700 + 600))]) }
        let before = store.turns
        #expect(store.turns.capacity >= 16_000, "grown by doubling: \(store.turns.capacity)")
        store.releaseSpareRoom()
        #expect(store.turns == before)
        #expect(store.turns.capacity < 10_100, "capacity \(store.turns.capacity)")
        #expect(store.turn(id: "turn-9999")?.id == "turn-9999")
    }

    @Test func tiesBreakByEndOffsetThenId() {
        var store = TranscriptStore()
        store.apply([.transcript(turn("z", 1000, 2000)), .transcript(turn("y", 1000, 2000)), .transcript(turn("x", 1000, 3000))])
        #expect(store.turns.map(\.id) == ["y", "z", "x"])
    }

    @Test func resentIdenticalSegmentChangesNothing() {
        var store = TranscriptStore()
        store.apply([.transcript(turn("a", 0))])
        let revision = store.revision
        let change = store.apply([.transcript(turn("a", 0))])
        #expect(change.isEmpty)
        #expect(store.revision == revision)
        #expect(store.turns.count == 1)
    }

    @Test func changedSegmentReplacesTheOldOneInPlace() {
        var store = TranscriptStore()
        store.apply([.transcript(turn("a", 0)), .transcript(turn("b", 5000)), .transcript(turn("c", 9000))])
        let change = store.apply([.transcript(turn("b", 6000, content: "revised"))])
        #expect(change.turns.map(\.content) == ["revised"])
        #expect(store.turns.map(\.id) == ["a", "b", "c"])
        #expect(store.turn(id: "b")?.time == .callOffset(begin: 6000, end: 7000))
        // A revision that moves the turn re-sorts it.
        store.apply([.transcript(turn("b", 10000))])
        #expect(store.turns.map(\.id) == ["a", "c", "b"])
    }

    @Test func categoriesAccumulateAsAUnionInFirstSeenOrder() {
        var store = TranscriptStore()
        let poi = { (b: Int) in PointOfInterest(beginOffsetMillis: b, endOffsetMillis: b + 500) }
        store.apply([
            .categories(
                Categories(
                    matchedCategories: ["Billing"],
                    matchedDetails: ["Billing": CategoryDetails(pointsOfInterest: [poi(4000)])]))
        ])
        let change = store.apply([
            .categories(
                Categories(
                    matchedCategories: ["Cancellation", "Billing"],
                    matchedDetails: [
                        "Billing": CategoryDetails(pointsOfInterest: [poi(4000), poi(1000)]),
                        "Cancellation": CategoryDetails(pointsOfInterest: [poi(7000)]),
                    ]))
        ])
        #expect(store.categories.map(\.name) == ["Billing", "Cancellation"])
        #expect(store.category(named: "Billing")?.pointsOfInterest == [poi(1000), poi(4000)])
        #expect(store.category(named: "Billing")?.firstOffsetMillis == 1000)
        #expect(change.categories.map(\.name) == ["Cancellation", "Billing"])
        // The same categories again: nothing new.
        #expect(store.apply([.categories(Categories(matchedCategories: ["Billing"], matchedDetails: [:]))]).isEmpty)
    }

    @Test func summaryAndUnknownsAreKeptAndCounted() {
        var store = TranscriptStore()
        let change = store.apply([
            .unknown("ExtractedInformation", json: #"{"Entities":[]}"#),
            .unknown("ExtractedInformation", json: #"{ "Entities" : [] }"#),
            .transcript(turn("a", 0, sentiment: Sentiment(rawValue: "MIXED"))),
            .summary(PostContactSummary(status: .failed, failureCode: .quotaExceeded)),
        ])
        #expect(change.unknownSegments.count == 1, "the same segment twice is one")
        #expect(store.unknownSegments.map(\.kind) == ["ExtractedInformation"])
        #expect(store.unknownKindCounts.map(\.count) == [1])
        #expect(store.unknownValueCount == 1)
        #expect(store.summary?.failureCode == .quotaExceeded)
        #expect(store.turns.count == 1)
    }

    @Test func manyLateSegmentsStaySorted() {
        var store = TranscriptStore()
        var generator = SystemRandomNumberGenerator()
        let begins = (0..<2000).map { _ in Int.random(in: 0..<100_000, using: &generator) }
        for (index, begin) in begins.enumerated() { store.apply([.transcript(turn("t\(index)", begin))]) }
        // Re-send a third of them, revise a third.
        for index in stride(from: 0, to: 2000, by: 3) { store.apply([.transcript(turn("t\(index)", begins[index]))]) }
        for index in stride(from: 1, to: 2000, by: 3) { store.apply([.transcript(turn("t\(index)", begins[index] + 7))]) }
        #expect(store.turns.count == 2000)
        let keys = store.turns.map { turn -> (Int, Int, String) in
            guard case .callOffset(let begin, let end) = turn.time else { return (.min, .min, turn.id) }
            return (begin, end, turn.id)
        }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }
}

@Suite struct IssueRangeTests {
    func issues(_ content: String, _ ranges: [(Int, Int)]) -> Transcript {
        var t = turn("a", 0, content: content)
        t.issuesDetected = ranges.map { IssueDetected($0.0, $0.1) }
        return t
    }

    @Test func countsUnicodeCodePoints() {
        // "é" precomposed is one code point, the flag is two, "e\u{301}" is two.
        let t = issues("Zoë 🇫🇷 cafe\u{301} refund", [(0, 3), (4, 6), (7, 12), (13, 19)])
        #expect(t.issueTexts == ["Zoë", "🇫🇷", "cafe\u{301}", "refund"])
    }

    @Test func clampsDropsInvertedAndMergesOverlaps() {
        let t = issues("abcdef", [(4, 99), (3, 1), (0, 2), (1, 3), (5, 5)])
        #expect(t.issueRanges == [0..<3, 4..<6])
    }
}
