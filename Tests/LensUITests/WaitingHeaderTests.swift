import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// While the contact is not found yet, the header says how long it has waited, how much longer
/// it will, and that a wrong contact id looks the same until then.
@Suite struct WaitingHeaderTests {
    @Test func theWaitingHeaderSaysHowLongItWillStillWait() {
        var session = Fixtures.session
        session.waitLimit = 600
        let start = Fixtures.start
        var state = try! AppState(session: session, size: Size(width: 160, height: 24), now: start.addingTimeInterval(72))
        _ = reduce(into: &state, .engine(.status(.waitingForAnalysis(since: start))))
        let header = state.screen.lines[0] + state.screen.lines[1]
        #expect(header.contains("WAITING for the analysis to start · 1m12s · gives up in 8m48s"), "\(header)")
        #expect(header.contains("(or the contact id is wrong)"))
    }

    /// A completed call is polled no more: its header does not keep counting `polled 21s ago`.
    @Test func aCompletedCallsHeaderStopsCountingItsLastPoll() {
        var state = Fixtures.state()
        #expect(state.screen.lines[1].contains("polled 2s ago"), "\(state.screen.lines[1])")
        _ = reduce(into: &state, .engine(.finished))
        #expect(!state.screen.lines[1].contains("polled"), "\(state.screen.lines[1])")
    }
}
