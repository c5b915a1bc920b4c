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
}
