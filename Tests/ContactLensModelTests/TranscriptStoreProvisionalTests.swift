import Testing

@testable import ContactLensModel

func piece(_ id: String, of transcriptId: String?, _ text: String, _ begin: Int, _ end: Int, role: String = "AGENT") -> Segment {
    .utterance(
        Utterance(
            id: id, transcriptId: transcriptId, participantId: role, participantRole: role,
            partialContent: text, beginOffsetMillis: begin, endOffsetMillis: end))
}

/// Partial utterances: pieces of one TranscriptId concatenate in order, each once, as a
/// provisional turn beside the final ones, until the final transcript replaces it.
@Suite struct TranscriptStoreProvisionalTests {
    @Test func piecesConcatenateInOrderAndRepeatsChangeNothing() {
        var store = TranscriptStore()
        let first = store.apply([piece("u2", of: "t1", "world.", 600, 1000)])
        #expect(first.provisional.map(\.content) == ["world."])
        store.apply([piece("u1", of: "t1", "Hello", 0, 500)])
        #expect(store.provisionalTurns.map(\.content) == ["Hello world."])
        let revision = store.revision
        let again = store.apply([piece("u1", of: "t1", "Hello", 0, 500), piece("u2", of: "t1", "world.", 600, 1000)])
        #expect(again.isEmpty)
        #expect(store.revision == revision)
        #expect(store.turns.isEmpty)
        #expect(store.provisionalTurns.first?.transcript.beginOffsetMillis == 0)
        #expect(store.provisionalTurns.first?.transcript.endOffsetMillis == 1000)
    }

    @Test func theFinalTranscriptReplacesItsPiecesAndLatePiecesAreIgnored() {
        var store = TranscriptStore()
        store.apply([piece("u1", of: "t1", "Hello", 0, 500), piece("v1", of: "t2", "Hi", 200, 400, role: "CUSTOMER")])
        let change = store.apply([.transcript(turn("t1", 0, 1000, content: "Hello world."))])
        #expect(change.finalized == ["t1"])
        #expect(store.turns.map(\.id) == ["t1"])
        #expect(store.provisionalTurns.map(\.transcriptId) == ["t2"])
        let late = store.apply([piece("u2", of: "t1", "world.", 600, 1000)])
        #expect(late.isEmpty)
        #expect(store.provisionalTurns.map(\.transcriptId) == ["t2"])
    }

    @Test func provisionalTurnsStayInCallOrder() {
        var store = TranscriptStore()
        store.apply([piece("b", of: "t2", "second", 3000, 3500), piece("a", of: "t1", "first", 1000, 1500)])
        #expect(store.provisionalTurns.map(\.transcriptId) == ["t1", "t2"])
    }

    @Test func aPieceWithoutTranscriptIdIsReplacedByTheFinalTurnThatCoversIt() {
        var store = TranscriptStore()
        store.apply([piece("u9", of: nil, "Testing.", 19230, 19855)])
        #expect(store.provisionalTurns.map(\.transcriptId) == ["u9"])
        store.apply([.transcript(turn("t9", 19000, 20000, role: "CUSTOMER"))])
        #expect(store.provisionalTurns.count == 1, "another participant's turn leaves it")
        let change = store.apply([.transcript(turn("t8", 19000, 20000, content: "Testing."))])
        #expect(change.finalized == ["u9"])
        #expect(store.provisionalTurns.isEmpty)
    }

    @Test func aRevisedPieceReplacesTheOldText() {
        var store = TranscriptStore()
        store.apply([piece("u1", of: "t1", "Hel", 0, 300)])
        let change = store.apply([piece("u1", of: "t1", "Hello", 0, 500)])
        #expect(change.provisional.map(\.content) == ["Hello"])
        #expect(store.provisionalTurns.first?.pieces.count == 1)
    }
}
