import ContactLensModel
import Foundation
import Testing

@testable import LensTerminal
@testable import LensUI

/// `L` in the follow view: asks in the footer, `y` sends, the header says it listens; refused
/// on a replay.
extension TerminalLoopTests {
    @Test func lThenYListensInAndTheHeaderSaysSo() throws {
        let terminal = MemoryTerminal(size: Size(width: 110, height: 14))
        let shots = WallLoopTests.Shots()
        send(Self.page([Self.turn(0, "CUSTOMER")]), on: terminal)
        terminal.press(.char("L"))
        terminal.then { shots.take(terminal) }
        terminal.press(.char("y"))
        send(.act(.monitor(contactId: "c", .listening(monitoringContactId: "m-1"))), on: terminal)
        terminal.then { shots.take(terminal) }
        terminal.press(.char("q"))
        #expect(try run(terminal) == .quit)
        let shot = shots.list
        try #require(shot.count == 2)
        #expect(shot[0].last?.hasPrefix("Listen in to this call as rosa.mendes? (y/n)") == true, "\(shot[0])")
        #expect(shot[0][0].hasPrefix("lenstail contact c"), "the view stays under the question")
        #expect(shot[1][1].contains(ListenIn.listeningText), "\(shot[1][1])")
        #expect(desk.monitors == [MonitorOrder(contactId: "c", userId: "u-rosa", capabilities: [.silentMonitor, .barge])])
    }

    @Test func aReplayHasNoOneToListenTo() throws {
        let terminal = MemoryTerminal(size: Size(width: 110, height: 14))
        terminal.press(.char("L"))
        let shots = WallLoopTests.Shots()
        terminal.then { shots.take(terminal) }
        terminal.press(.char("y"), .char("q"))
        _ = try run(
            terminal,
            replay: ReplayClock(
                positionMillis: 0, lengthMillis: 10_000, asOf: Self.start, factor: 1, speedLabel: "1×", isPaused: true))
        #expect(shots.list.first?.contains { $0.contains("this is a replay: the call is over") } == true)
        #expect(desk.requests.isEmpty)
    }
}
