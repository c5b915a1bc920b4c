/// What only a post-contact analysis tells, beside the turns the store shows: the conversation's
/// measures, each turn's loudness, outcomes, action items and redactions, and the categories
/// with where they matched. Turns are keyed by their id in `PostContactAnalysis.segments`.
package struct PostContactInsights: Sendable, Hashable {
    package var channel: String?
    package var languageCode: String?
    package var jobStatus: String?
    package var isRedacted: Bool
    package var characteristics: ConversationCharacteristics
    package var turns: TurnInsightsTable
    package var categories: [CategoryMatch]
    /// Members of the file this model does not describe (`JobDetails`, `CustomModels`, …), as they came.
    package var unknown: [String: RawJSON]

    /// One turn's post-contact measures.
    package struct TurnInsights: Sendable, Hashable {
        package var loudnessScore: [Double?]
        package var outcomes: [DetectedSpan]
        package var actionItems: [DetectedSpan]
        package var redaction: AnalysisRedaction?
    }

    /// A matched category; `wholeContact` when it points nowhere in particular.
    package struct CategoryMatch: Sendable, Hashable {
        package var name: String
        package var points: [AnalysisPointOfInterest]
        package var wholeContact: Bool { points.isEmpty }
    }
}

extension PostContactAnalysis {
    package var insights: PostContactInsights {
        var turns = TurnInsightsTable()
        turns.reserve(transcript.count, scores: transcript.reduce(0) { $0 + ($1.loudnessScore?.count ?? 0) })
        for (item, id) in zip(transcript, turnIds) {
            turns.add(
                id,
                PostContactInsights.TurnInsights(
                    loudnessScore: item.loudnessScore ?? [], outcomes: item.outcomesDetected ?? [],
                    actionItems: item.actionItemsDetected ?? [], redaction: item.redaction))
        }
        return PostContactInsights(
            channel: channel, languageCode: languageCode, jobStatus: jobStatus, isRedacted: isRedacted,
            characteristics: conversationCharacteristics ?? ConversationCharacteristics(), turns: turns,
            categories: (categories?.matches ?? []).map { PostContactInsights.CategoryMatch(name: $0.name, points: $0.points) },
            unknown: unknown)
    }
}
