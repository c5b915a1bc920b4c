import ContactLensModel
import Foundation
import Testing

@testable import LensTerminal
@testable import LensUI

extension WallLoopTests {
    /// Through the one loop: a click selects the row drawn where it lands, a double click opens
    /// it, the wheel scrolls the opened call's transcript.
    @Test func theMouseSelectsOpensAndScrolls() throws {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 12))
        let shots = Shots()
        var events: [WallEvent] = [Self.floor]
        for n in 1...12 { events.append(Self.page("c1", n, "Line \(n) from the customer.", .neutral)) }
        events.append(Self.page("c2", 1, "You charged me twice.", .negative, escalation: true))
        send(events[0], on: terminal)
        for event in events.dropFirst() { send(event, on: terminal) }
        terminal.then { shots.take(terminal) }
        // priya.nair's row is the second (the alerted call is first): rows start on line 2.
        terminal.send(.mouse(MouseEvent(.click, x: 8, y: 3)))
        terminal.then { shots.take(terminal) }
        terminal.send(.mouse(MouseEvent(.doubleClick, x: 8, y: 3)))
        terminal.then { shots.take(terminal) }
        terminal.send(.mouse(MouseEvent(.wheelUp, x: 40, y: 5)), .mouse(MouseEvent(.wheelUp, x: 40, y: 5)))
        terminal.then { shots.take(terminal) }
        terminal.press(.char("q"), .char("q"))
        #expect(try run(terminal) == .quit)
        let shot = shots.list
        try #require(shot.count == 4)
        #expect(shot[0][2].hasPrefix("▶! sam.okafor") && shot[0][3].contains("priya.nair"), "\(shot[0])")
        #expect(shot[1][3].hasPrefix("▶") && shot[1][3].contains("priya.nair"), "\(shot[1][3])")
        #expect(shot[2][0].hasPrefix("lenstail priya.nair"), "the double click opened it: \(shot[2][0])")
        #expect(shot[2].contains { $0.contains("Line 12 from the customer.") }, "it follows the newest turn")
        #expect(!shot[3].contains { $0.contains("Line 12 from the customer.") }, "the wheel scrolled up: \(shot[3])")
        #expect(shot[3].contains { $0.contains("paused") })
    }
}
