/// The legs of a transferred conversation in one store. Each leg's offsets start again at 0 (a
/// new contact, a new analysis), so a leg is not a shift of time but a place in the order: every
/// turn of leg 2 comes after every turn of leg 1, whatever their offsets, and each leg keeps its
/// own categories and summary. Turns only ever join the last leg (legs come one after the other),
/// so a leg is a range of `turns` and costs a turn nothing.
extension TranscriptStore {
    /// The leg new segments join: 0 until a transfer, then 1, 2…
    package var currentLeg: Int { legs.count }

    /// A transfer: what comes next is the new leg's. Its categories start afresh (each leg's are
    /// on its own clock); its turns come after all those before. The last leg said again (with
    /// its agent, known later) only replaces what was known of it.
    package mutating func beginLeg(_ leg: TransferLeg) {
        if let last = legs.last, last.number == leg.number, last.contactId == leg.contactId {
            legs[legs.count - 1] = leg
            revision += 1
            return
        }
        guard legs.count < TurnIndex.maxLeg else { return }
        legs.append(leg)
        legStarts.append(turns.count)
        categoryIndex = [:]
        revision += 1
    }

    /// The leg of the turn at `index` in `turns` (0: the contact followed first).
    package func leg(ofTurnAt index: Int) -> Int {
        var leg = 0
        while leg < legStarts.count, legStarts[leg] <= index { leg += 1 }
        return leg
    }

    /// The positions in `turns` of leg `leg`'s turns.
    package func turnRange(ofLeg leg: Int) -> Range<Int> {
        let start = leg == 0 ? 0 : legStarts[min(leg, legStarts.count) - 1]
        let end = leg < legStarts.count ? legStarts[leg] : turns.count
        return start..<max(start, end)
    }

    /// The transfer that began leg `leg`; nil for the first.
    package func transfer(ofLeg leg: Int) -> TransferLeg? { leg > 0 && leg <= legs.count ? legs[leg - 1] : nil }

    /// Leg `leg`'s summary, if it has one.
    package func summary(ofLeg leg: Int) -> PostContactSummary? { legSummaries[leg] }

    /// How many legs the conversation has had so far (1 without a transfer).
    package var legCount: Int { legs.count + 1 }
}
