import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// The wall's header keeps what a supervisor needs first at 80 columns (live count, refresh,
/// order, the filter's text); a wide wall gives the alerts room; a row with no agent known
/// (a stream wall) is told apart by its contact id.
@Suite struct WallHeaderTests {
    @Test func at80ColumnsTheLiveCountRefreshOrderAndFilterStay() {
        var (state, _) = WallFixtures.state(size: Size(width: 80, height: 16))
        state.filter = "sam"
        let header = state.screen.lines[0]
        #expect(header.contains("3 live"), "\(header)")
        #expect(header.contains("refresh"), "\(header)")
        #expect(header.contains("order: attention"), "\(header)")
        #expect(header.contains("filter \"sam\""), "\(header)")
    }

    @Test func at160ColumnsTheFilterTextAndTheWholeAlertShow() {
        var (state, _) = WallFixtures.state(size: Size(width: 160, height: 16))
        state.filter = "Escalation"
        let text = state.screen.lines.joined(separator: "\n")
        #expect(state.screen.lines[0].contains("filter \"Escalation\""), "\(state.screen.lines[0])")
        #expect(text.contains("Escalation"))
        state.filter = nil
        let row = state.screen.lines.first { $0.contains("Put me through to a supervisor.") } ?? ""
        #expect(row.contains("Escalation,3×neg "), "the alerts whole: \(row)")
    }

    @Test func aRowWithNoAgentKnownShowsTheStartOfItsContactId() {
        var (state, _) = WallFixtures.state(size: Size(width: 160, height: 16))
        _ = reduceWall(
            into: &state, WallFixtures.page("9f3c2a71-58da-4f06", [WallFixtures.customer(9, "Hello?", .neutral, at: 1)]))
        let row = state.screen.lines.first { $0.contains("Hello?") } ?? ""
        #expect(row.contains("9f3c2a71…"), "\(row)")
    }

    /// A call opened from the wall is headed by its agent and queue, not only the wall's scope.
    @Test func aCallOpenedFromTheWallIsHeadedByItsAgentAndQueue() {
        var (state, _) = WallFixtures.state(size: Size(width: 120, height: 20))
        state.press(.down)
        var wall = ScreenStack(WallScreen(state))
        wall.press(.enter)
        #expect(wall.opened?.contactId == "contact-3")
        #expect(wall.screen.lines[0].contains("marc.dubois · Sales · contact contact-3"), "\(wall.screen.lines[0])")
    }
}
