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

/// On the segment stream, WAITING says how far the reading got: a wrong contact id is then seen
/// to be absent from every shard read, not a silent wait.
@Suite struct StreamWaitingHeaderTests {
    static func header(_ tips: ShardTips) -> String {
        let start = Fixtures.start
        var state = try! AppState(session: Fixtures.session, size: Size(width: 160, height: 24), now: start.addingTimeInterval(5))
        _ = reduce(into: &state, .engine(.status(.waitingForAnalysis(since: start, shards: tips))))
        return state.screen.lines[0] + state.screen.lines[1]
    }

    @Test func theHeaderSaysWhichShardsAreReadToTheTip() {
        let shards = (0..<4).map { "shardId-00000000000\($0)" }
        let partly = Self.header(ShardTips(atTip: Array(shards.prefix(3)), shards: shards))
        #expect(
            partly.contains(
                "WAITING for the contact's first record · 5s · 3 of 4 shards read to the tip (not yet shardId-000000000003)"),
            "\(partly)")
        let all = Self.header(ShardTips(atTip: shards, shards: shards))
        #expect(all.contains("· all 4 shards read to the tip"), "\(all)")
    }
}
