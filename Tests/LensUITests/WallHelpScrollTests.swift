import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// The wall's help on a short terminal: the row keys and the wheel scroll it to its end, where it
/// stops; any other key or a click closes it.
@Suite struct WallHelpScrollTests {
    @Test func theRowKeysAndTheWheelScrollTheHelpToItsEnd() {
        var (state, _) = WallFixtures.state(size: Size(width: 120, height: 14))
        state.press(.char("?"))
        let first = state.screen.snapshot
        #expect(first.contains("↓ more") && first.contains("j/k scroll"), "\(first)")
        let lastLine = "Rows: ! alert"
        #expect(!first.contains(lastLine))
        for _ in 0..<40 { state.press(.char("j")) }
        let end = state.screen.snapshot
        #expect(end.contains(lastLine) && end.contains(" end "), "\(end)")
        #expect(state.showHelp, "j scrolls, it does not close")
        for _ in 0..<40 { _ = reduceWall(into: &state, .mouse(MouseEvent(.wheelUp, x: 50, y: 5))) }
        #expect(state.screen.snapshot == first, "the wheel scrolls back to the top")
        state.press(.char("x"))
        #expect(!state.showHelp)
        state.press(.char("?"))
        #expect(state.screen.snapshot == first, "it opens at its top again")
        _ = reduceWall(into: &state, .mouse(MouseEvent(.click, x: 50, y: 5)))
        #expect(!state.showHelp)
    }
}
