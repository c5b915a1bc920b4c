import Foundation
import Testing

@testable import LensUI

/// Below the size its columns need, the wall says so as the follow view does, instead of a
/// header cut to `AGENT QUEUE TIM`.
@Suite struct WallMinimumSizeTests {
    @Test func aTerminalTooSmallForTheWallSaysWhatItNeeds() {
        var (state, _) = WallFixtures.state()
        state.size = Size(width: 30, height: 8)
        let text = state.screen.lines.joined(separator: " ")
        #expect(text.contains("terminal too small: 30×8,"), "\(text)")
        #expect(text.contains("needs 60×6"), "\(text)")
        #expect(!text.contains("AGENT"))
        state.size = Size(width: 60, height: 6)
        #expect(state.screen.lines[1].contains("ALERTS"), "the smallest wall has every column up to the alerts")
    }
}
