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
}
