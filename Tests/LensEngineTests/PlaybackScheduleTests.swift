import ContactLensModel
import LensEngine
import Testing

/// A replay's schedule keeps a call's turns as compact rows: what it delivers must be exactly what
/// was sent, whatever a turn carries, and in the same order as a schedule of whole segments.
struct PlaybackScheduleTests {
    static func turn(
        _ id: String, _ begin: Int, _ end: Int, speaker: String = "AGENT", sentiment: Sentiment? = nil,
        issues: [IssueDetected]? = nil
    ) -> Transcript {
        Transcript(
            id: id, participantId: speaker, participantRole: speaker, content: "said \(id)", beginOffsetMillis: begin,
            endOffsetMillis: end, sentiment: sentiment, issuesDetected: issues)
    }

    @Test func everyTurnComesBackAsItWasSentInCallOrder() {
        let turns = [
            Self.turn("c", 20_000, 25_000, speaker: "CUSTOMER", sentiment: .negative, issues: [IssueDetected(0, 4)]),
            Self.turn("a", 0, 4_000, sentiment: .positive),
            Self.turn("b", 10_000, 12_000, speaker: "CUSTOMER", issues: []),
            Self.turn("d", 20_000, 22_000, sentiment: Sentiment(rawValue: "MIXED")),
            Self.turn("e", 30_000, 31_000, speaker: "SUPERVISOR", issues: [IssueDetected(1, 2), IssueDetected(3, 5)]),
        ]
        let schedule = PlaybackSchedule(segments: turns.map(Segment.transcript))
        let order = ["a", "b", "d", "c", "e"]
        #expect(schedule.items.map(\.segment) == order.map { id in .transcript(turns.first { $0.id == id }!) })
        #expect(schedule.items.map(\.atMillis) == [0, 10_000, 20_000, 20_000, 30_000])
        #expect(schedule.lengthMillis == 31_000)
    }

    @Test func aTurnARowCannotHoldStaysWholeAndInItsPlace() {
        // Offsets beyond 24 days do not fit a row's 32 bits: such a turn is kept as its segment.
        let far = Self.turn("far", 3_000_000_000, 3_000_001_000, sentiment: .neutral, issues: [IssueDetected(0, 1)])
        let late = Self.turn("late", -5, Int.max)
        let near = Self.turn("near", 1_000, 2_000)
        let point = PointOfInterest(beginOffsetMillis: 1_500, endOffsetMillis: 1_600)
        let category = Segment.categories(
            Categories(matchedCategories: ["Billing"], matchedDetails: ["Billing": CategoryDetails(pointsOfInterest: [point])]))
        let schedule = PlaybackSchedule(segments: [.transcript(far), category, .transcript(near), .transcript(late)])
        #expect(schedule.items.map(\.segment) == [.transcript(late), .transcript(near), category, .transcript(far)])
        #expect(schedule.items.map(\.atMillis) == [0, 1_000, 1_500, 3_000_000_000])
        #expect(schedule.lengthMillis == Int.max)
    }

    @Test func aReplayDeliversTheRowsAndTheRestInterleavedByTime() {
        let turns = (0..<6).map { Self.turn("t\($0)", $0 * 1_000, $0 * 1_000 + 500) }
        let point = PointOfInterest(beginOffsetMillis: 2_000, endOffsetMillis: 2_400)
        let category = Segment.categories(
            Categories(matchedCategories: ["Refund"], matchedDetails: ["Refund": CategoryDetails(pointsOfInterest: [point])]))
        let schedule = PlaybackSchedule(segments: turns.map(Segment.transcript) + [category])
        var state = PlaybackState(schedule: schedule, speed: .times(1), at: .zero)
        var delivered: [Segment] = []
        for second in 0...6 { delivered += state.advance(at: .seconds(second)).segments }
        #expect(delivered == schedule.items.map(\.segment))
        #expect(delivered.firstIndex(of: category) == 3, "after the turn at 2 s, before the one at 3 s")
    }
}
