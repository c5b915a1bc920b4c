/// A turn still being spoken: the partial pieces (`Utterance`s) of one final transcript so far,
/// in call order and each once. Its final `Transcript` replaces it in `TranscriptStore`.
package struct ProvisionalTurn: Hashable, Sendable {
    /// The `TranscriptId` the pieces name; a piece that names none is a turn of its own, under its id.
    package let transcriptId: String
    /// True when the pieces named their transcript (so the final one replaces them by id).
    let isLinked: Bool
    package private(set) var pieces: [Utterance]

    init(first piece: Utterance) {
        transcriptId = piece.transcriptId ?? piece.id
        isLinked = piece.transcriptId != nil
        pieces = [piece]
    }

    package var participantId: String { pieces.last?.participantId ?? "" }
    package var participantRole: String { pieces.last?.participantRole ?? "" }
    package var beginOffsetMillis: Int { pieces.first?.beginOffsetMillis ?? 0 }
    package var endOffsetMillis: Int { pieces.map(\.endOffsetMillis).max() ?? 0 }
    /// The pieces joined as the service joins them into the final content: with one space.
    package var content: String { pieces.map(\.partialContent).joined(separator: " ") }
    /// The newest piece's sentiment, if it had one.
    package var sentiment: Sentiment? { pieces.last(where: { $0.sentiment != nil })?.sentiment }

    /// The turn as a `Turn`, so a view can lay it out with the code that draws final turns.
    package var turn: Turn { Turn(transcript) }

    /// The turn in the API's shape. Issue offsets are not carried: they index each piece's own text.
    var transcript: Transcript {
        Transcript(
            id: transcriptId, participantId: participantId, participantRole: participantRole, content: content,
            beginOffsetMillis: beginOffsetMillis, endOffsetMillis: endOffsetMillis, sentiment: sentiment)
    }

    /// Adds or revises a piece (by its id); false when the identical piece was already there.
    mutating func add(_ piece: Utterance) -> Bool {
        if let index = pieces.firstIndex(where: { $0.id == piece.id }) {
            guard pieces[index] != piece else { return false }
            pieces.remove(at: index)
        }
        let at =
            pieces.firstIndex {
                ($0.beginOffsetMillis, $0.endOffsetMillis, $0.id)
                    > (piece.beginOffsetMillis, piece.endOffsetMillis, piece.id)
            } ?? pieces.count
        pieces.insert(piece, at: at)
        return true
    }

    /// True when `turn` is this turn's final form: its id, or for unlinked pieces the same
    /// participant over a span that holds them all.
    func isFinalized(by turn: Transcript) -> Bool {
        if isLinked { return turn.id == transcriptId }
        return turn.participantRole == participantRole
            && turn.beginOffsetMillis <= beginOffsetMillis && endOffsetMillis <= turn.endOffsetMillis
    }

    static func precedes(_ a: ProvisionalTurn, _ b: ProvisionalTurn) -> Bool {
        (a.beginOffsetMillis, a.endOffsetMillis, a.transcriptId) < (b.beginOffsetMillis, b.endOffsetMillis, b.transcriptId)
    }
}
