/// Each turn's post-contact measures by turn id, packed for a long call: a row number by id, every
/// turn's loudness scores in one array, and the outcomes, action items and redactions only for
/// the few turns that have them. A `[String: TurnInsights]` paid a 40-byte value in every slot of
/// its table and an array of its own for each turn's scores: for a two-hour call's file (10k
/// turns, 2.7 MB) 1.56 MB against this table's 0.5 MB, which put the view over its budget of
/// twice the file (#21).
package struct TurnInsightsTable: Sendable {
    /// Each turn's row.
    private var rows: [String: Int] = [:]
    /// Row `r`'s loudness scores are `scores[scoreStarts[r]..<scoreStarts[r + 1]]`.
    private var scoreStarts: [Int] = [0]
    private var scores: [Double?] = []
    /// The rows with outcomes, action items or a redaction.
    private var findings: [Int: Findings] = [:]

    private struct Findings: Sendable, Hashable {
        var outcomes: [DetectedSpan]
        var actionItems: [DetectedSpan]
        var redaction: AnalysisRedaction?
    }

    package init() {}

    /// `turns` as a table (its rows in the order of their ids).
    package init(_ turns: [String: PostContactInsights.TurnInsights]) {
        reserve(turns.count, scores: turns.values.reduce(0) { $0 + $1.loudnessScore.count })
        for (id, turn) in turns.sorted(by: { $0.key < $1.key }) { add(id, turn) }
    }

    /// Room for `turns` more turns and `scores` more loudness scores.
    package mutating func reserve(_ turns: Int, scores: Int) {
        rows.reserveCapacity(rows.count + turns)
        scoreStarts.reserveCapacity(scoreStarts.count + turns)
        self.scores.reserveCapacity(self.scores.count + scores)
    }

    /// Adds the turn `id`'s measures, or replaces them when it has some already; a turn without
    /// any takes no row.
    package mutating func add(_ id: String, _ turn: PostContactInsights.TurnInsights) {
        if rows[id] != nil { remove(id) }
        let extra = Findings(outcomes: turn.outcomes, actionItems: turn.actionItems, redaction: turn.redaction)
        let hasFindings = !extra.outcomes.isEmpty || !extra.actionItems.isEmpty || extra.redaction != nil
        guard hasFindings || !turn.loudnessScore.isEmpty else { return }
        let row = scoreStarts.count - 1
        rows[id] = row
        scores += turn.loudnessScore
        scoreStarts.append(scores.count)
        if hasFindings { findings[row] = extra }
    }

    /// Drops the row of `id`; its scores stay in `scores`, unreachable (a file's turn ids are made
    /// unique before they get here, so this is for other callers, and rare).
    private mutating func remove(_ id: String) {
        guard let row = rows.removeValue(forKey: id) else { return }
        findings[row] = nil
    }

    /// How many turns have measures.
    package var count: Int { rows.count }

    /// The turn's measures as one value (for exports and tests; a view reads the parts below,
    /// which copy nothing).
    package subscript(id: String) -> PostContactInsights.TurnInsights? {
        guard let row = rows[id] else { return nil }
        let extra = findings[row]
        return PostContactInsights.TurnInsights(
            loudnessScore: Array(scores(row)), outcomes: extra?.outcomes ?? [], actionItems: extra?.actionItems ?? [],
            redaction: extra?.redaction)
    }

    /// The turn's loudness, one score a second or so (nil: a gap); empty when it has none.
    package func loudness(of id: String) -> ArraySlice<Double?> {
        guard let row = rows[id] else { return [] }
        return scores(row)
    }

    /// The outcomes found in the turn.
    package func outcomes(of id: String) -> [DetectedSpan] { finding(of: id)?.outcomes ?? [] }

    /// The action items found in the turn.
    package func actionItems(of id: String) -> [DetectedSpan] { finding(of: id)?.actionItems ?? [] }

    private func finding(of id: String) -> Findings? {
        guard !findings.isEmpty, let row = rows[id] else { return nil }
        return findings[row]
    }

    private func scores(_ row: Int) -> ArraySlice<Double?> { scores[scoreStarts[row]..<scoreStarts[row + 1]] }
}

/// Two tables are equal when they hold the same measures for the same turns, whatever the order
/// they were added in.
extension TurnInsightsTable: Hashable {
    package static func == (a: Self, b: Self) -> Bool {
        a.count == b.count && a.rows.keys.allSatisfy { a[$0] == b[$0] }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
