extension TranscriptStore {
    /// Merges a partial piece into its provisional turn; a piece of a turn already final is late
    /// and changes nothing. Returns the provisional turn when it changed.
    mutating func merge(_ piece: Utterance) -> ProvisionalTurn? {
        let key = piece.transcriptId ?? piece.id
        if piece.transcriptId != nil, turn(id: key) != nil { return nil }
        if let index = provisionalTurns.firstIndex(where: { $0.transcriptId == key }) {
            guard provisionalTurns[index].add(piece) else { return nil }
            let updated = provisionalTurns.remove(at: index)
            insertProvisional(updated)
            return updated
        }
        let turn = ProvisionalTurn(first: piece)
        insertProvisional(turn)
        return turn
    }

    /// Drops the provisional turns `turn` finalizes; returns their transcript ids.
    mutating func finalizeProvisional(by turn: Transcript) -> [String] {
        guard !provisionalTurns.isEmpty else { return [] }
        let done = provisionalTurns.filter { $0.isFinalized(by: turn) }.map(\.transcriptId)
        if !done.isEmpty { provisionalTurns.removeAll { $0.isFinalized(by: turn) } }
        return done
    }

    /// Few turns are provisional at once (those still being spoken): a linear insert suffices.
    private mutating func insertProvisional(_ turn: ProvisionalTurn) {
        let at = provisionalTurns.firstIndex { ProvisionalTurn.precedes(turn, $0) } ?? provisionalTurns.count
        provisionalTurns.insert(turn, at: at)
    }
}
