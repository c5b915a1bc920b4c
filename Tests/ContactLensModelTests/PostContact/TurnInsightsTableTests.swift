import Testing

@testable import ContactLensModel

/// The post-contact measures of each turn, packed (`TurnInsightsTable`): every turn answers
/// what its file said, and a long call's file keeps no more than its budget (#21).
@Suite struct TurnInsightsTableTests {
    typealias TurnInsights = PostContactInsights.TurnInsights

    static let outcome = DetectedSpan(characterOffsets: CharacterOffsets(beginOffsetChar: 0, endOffsetChar: 9), text: "refunded")
    static let action = DetectedSpan(characterOffsets: CharacterOffsets(beginOffsetChar: 4, endOffsetChar: 20), text: "email")
    static let silenced = AnalysisRedaction(redactedTimestamps: [TimeSpan(beginOffsetMillis: 100, endOffsetMillis: 900)])

    static let turns: [(String, TurnInsights)] = [
        ("t1", TurnInsights(loudnessScore: [70.5, nil, 72], outcomes: [], actionItems: [], redaction: nil)),
        ("t2", TurnInsights(loudnessScore: [], outcomes: [outcome], actionItems: [action], redaction: silenced)),
        ("t3", TurnInsights(loudnessScore: [81.25], outcomes: [], actionItems: [action], redaction: nil)),
    ]

    static func table(_ turns: [(String, TurnInsights)]) -> TurnInsightsTable {
        var table = TurnInsightsTable()
        for (id, turn) in turns { table.add(id, turn) }
        return table
    }

    @Test func eachTurnAnswersWhatItWasGiven() {
        let table = Self.table(Self.turns)
        #expect(table.count == 3)
        for (id, turn) in Self.turns {
            #expect(table[id] == turn, "\(id)")
            #expect(Array(table.loudness(of: id)) == turn.loudnessScore, "\(id)")
            #expect(table.outcomes(of: id) == turn.outcomes && table.actionItems(of: id) == turn.actionItems, "\(id)")
        }
    }

    @Test func aTurnWithoutMeasuresTakesNoRow() {
        var table = Self.table(Self.turns)
        table.add("t4", TurnInsights(loudnessScore: [], outcomes: [], actionItems: [], redaction: nil))
        #expect(table.count == 3 && table["t4"] == nil && table["unknown"] == nil)
        #expect(table.loudness(of: "t4").isEmpty && table.outcomes(of: "unknown").isEmpty && table.actionItems(of: "t4").isEmpty)
    }

    @Test func aTurnGivenAgainAnswersItsLatestMeasures() {
        var table = Self.table(Self.turns)
        let revised = TurnInsights(loudnessScore: [60, 61], outcomes: [Self.outcome], actionItems: [], redaction: nil)
        table.add("t2", revised)
        #expect(table.count == 3 && table["t2"] == revised && table["t1"] == Self.turns[0].1 && table["t3"] == Self.turns[2].1)
        table.add("t1", TurnInsights(loudnessScore: [], outcomes: [], actionItems: [], redaction: nil))
        #expect(table.count == 2 && table["t1"] == nil)
    }

    @Test func tablesOfTheSameTurnsAreEqualWhateverTheOrder() {
        let forward = Self.table(Self.turns)
        #expect(forward == Self.table(Self.turns.reversed()))
        #expect(forward == TurnInsightsTable(Dictionary(uniqueKeysWithValues: Self.turns)))
        #expect(forward.hashValue == Self.table(Self.turns.reversed()).hashValue)
        var other = forward
        other.add("t3", TurnInsights(loudnessScore: [81.5], outcomes: [], actionItems: [Self.action], redaction: nil))
        #expect(forward != other)
    }
}
