import ContactLensModel
import Testing

@testable import LensUI

/// An `--alert` that matched none of the call's categories is said once on the status line when
/// the call completes, so a typo does not pass for a quiet call.
@Suite struct AlertNoticeTests {
    @Test func aPatternThatNeverMatchedIsSaidWhenTheCallCompletes() {
        var state = Fixtures.state(alerts: ["Escal", "refund"])
        #expect(!state.screen.lines.joined().contains("matched none"), "not before the call is over")
        _ = reduce(into: &state, .engine(.finished))
        let status = state.screen.lines[state.size.height - 2]
        #expect(status.contains("--alert 'refund' matched none of this call's categories"), "\(status)")
        state.press(.char("j"))
        #expect(!state.screen.lines.joined().contains("matched none"), "said once: the next key clears it")
    }

    @Test func nothingIsSaidWhenEveryPatternMatched() {
        var state = Fixtures.state(alerts: ["escal", "CANCEL"])
        _ = reduce(into: &state, .engine(.finished))
        #expect(state.notice == nil)
        #expect(state.raisedAlerts == ["Cancellation", "Escalation"])
    }
}
