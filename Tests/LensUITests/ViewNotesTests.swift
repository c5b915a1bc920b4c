import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// What the body says besides the turns, and the header's clock.
@Suite struct ViewNotesTests {
    func text(_ state: AppState) -> [String] { state.screen.lines }

    /// A fatal error shows in the view itself, whole, not only after q.
    @Test func aFatalErrorIsShownInTheBody() {
        var state = Fixtures.state()
        let message = "access denied: the credentials lack connect:ListRealtimeContactAnalysisSegments (profile 'supervisor')"
        _ = reduce(into: &state, .engine(.failed(message: message)))
        let lines = text(state)
        let body = lines.dropFirst(2).dropLast(2).joined(separator: " ")
        #expect(
            body.replacingOccurrences(of: "  ", with: " ").contains("connect:ListRealtimeContactAnalysisSegments"),
            "\(lines.joined(separator: "\n"))")
        #expect(body.contains("✗ lenstail stopped: access denied") && body.contains("q leaves"))
        #expect(lines.contains { $0.contains("00:35 CUSTOMER") }, "the turns stay above it")
    }

    /// Segments of a kind this lenstail does not know are counted in one dim line.
    @Test func unknownKindsAreCountedInOneDimLine() throws {
        var state = Fixtures.state()
        let raw = RawJSON(validated: Array(#"{"Id":"x"}"#.utf8))
        _ = reduce(
            into: &state,
            Fixtures.page([
                .unknown(kind: "ExtractedInformation", json: raw),
                .unknown(kind: "ExtractedInformation", json: RawJSON(validated: Array(#"{"Id":"y"}"#.utf8))),
            ]))
        let line = try #require(text(state).first { $0.contains("segments of kind") })
        #expect(line.hasPrefix("· 2 segments of kind ExtractedInformation"), "\(line)")
    }

    /// While live the call time runs on between polls; it never goes back when a page brings a
    /// turn that ended before the clock; once over it shows the call's length.
    @Test func theCallClockRunsWhileLive() {
        var state = Fixtures.state()  // latest turn ends at 00:38, page at +40 s, now +42 s
        #expect(text(state)[1].hasPrefix("call 00:40"))
        _ = reduce(into: &state, .tick(Fixtures.start.addingTimeInterval(50)))
        #expect(text(state)[1].hasPrefix("call 00:48"))
        _ = reduce(into: &state, Fixtures.page([.transcript(Fixtures.turn(9, "AGENT", "Late turn.", at: 40))], at: 50))
        #expect(text(state)[1].hasPrefix("call 00:48"), "the turn ended at 00:43.5: the clock does not go back")
        _ = reduce(into: &state, .engine(.finished))
        #expect(text(state)[1].hasPrefix("call 00:43"), "finished: the call's length")
    }

    /// Partial utterances show at once under the last turn, dim and ending in `…`; the final
    /// transcript with the same id takes their place.
    @Test func aTurnBeingSpokenShowsUntilItsFinalTranscript() throws {
        var state = Fixtures.state()
        func piece(_ id: String, _ text: String, at millis: Int) -> Segment {
            .utterance(
                Utterance(
                    id: id, transcriptId: "t9", participantId: "customer", participantRole: "CUSTOMER",
                    partialContent: text, beginOffsetMillis: millis, endOffsetMillis: millis + 900))
        }
        _ = reduce(into: &state, Fixtures.page([piece("u1", "So what happens", at: 41_000)], at: 41))
        _ = reduce(into: &state, Fixtures.page([piece("u2", "to my old router?", at: 42_000)], at: 42))
        let screen = state.screen
        let row = try #require(screen.lines.firstIndex { $0.contains("So what happens to my old router? …") }, "\(screen.lines)")
        #expect(screen.lines[row].hasPrefix("00:41 CUSTOMER "))
        let last = try #require(screen.lines.lastIndex { $0.contains("Okay, that would actually be great.") })
        #expect(row > last, "under the newest final turn")
        let end = try #require(screen.lines[row].firstIndex(of: "…"))
        let styles = Set(
            screen.styleLines[row].prefix(screen.lines[row].distance(from: screen.lines[row].startIndex, to: end) + 1))
        #expect(styles == [Style.dim.code, Style.customer.code], "dim, but for the role: \(styles)")
        _ = reduce(
            into: &state,
            Fixtures.page([.transcript(Fixtures.turn(9, "CUSTOMER", "So what happens to my old router?", at: 41))], at: 43))
        #expect(!state.screen.lines.contains { $0.contains("…") })
        #expect(state.screen.lines.contains { $0.contains("00:41 CUSTOMER · So what happens to my old router?") })
    }
}
