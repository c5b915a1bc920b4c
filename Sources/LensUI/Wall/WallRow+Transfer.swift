import ContactLensModel
import FoundationEssentials

extension WallRow {
    /// A transfer's leg that had its own row because its turns came before the link (the stream
    /// gives every contact its records at once; the link is asked after): its turns and
    /// categories join this row's call behind the divider, as if they had come after it.
    mutating func absorb(_ early: WallRow, now: Date) {
        let store = early.call.store
        var segments: [Segment] = store.turns.compactMap { turn in
            guard case .callOffset(let begin, let end) = turn.time else { return nil }
            return .transcript(
                Transcript(
                    id: turn.id, participantId: turn.participantId, participantRole: turn.participantRole, content: turn.content,
                    beginOffsetMillis: begin, endOffsetMillis: end, sentiment: turn.sentiment, issuesDetected: turn.issuesDetected
                ))
        }
        if !store.categories.isEmpty {
            segments.append(
                .categories(
                    Categories(
                        matchedCategories: store.categories.map(\.name),
                        matchedDetails: Dictionary(
                            store.categories.map { ($0.name, CategoryDetails(pointsOfInterest: $0.pointsOfInterest)) },
                            uniquingKeysWith: { a, _ in a }))))
        }
        let raisedBefore = call.alerted.raised.count
        _ = Reducer.engine(.segments(segments, receivedAt: early.call.lastSuccess ?? now), &call)
        for alert in call.alerted.raised.dropFirst(raisedBefore) { mark(alert) }
        if early.call.isOver {
            call.status = early.call.status
            endedAt = early.endedAt ?? now
        }
        refresh()
    }

    /// A row whose turns can move into another's call: a voice call's, not yet transferred itself.
    var canBeAbsorbed: Bool { !call.store.isChat && call.store.legs.isEmpty }
}
