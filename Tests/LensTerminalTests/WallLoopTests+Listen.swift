import ContactLensModel
import Foundation
import Testing

@testable import LensTerminal
@testable import LensUI

/// `L` on the wall: the question over the live wall, only `y` sends, the row says it listens,
/// a failure is one line with its fix.
extension WallLoopTests {
    func answer(_ update: ActUpdate, on terminal: MemoryTerminal) {
        terminal.then { [inbox] in inbox.push(.message(.act(update))) }
    }

    @Test func lAsksOverTheWallAndAnyKeyButYSendsNothing() throws {
        let terminal = MemoryTerminal(size: Size(width: 140, height: 12))
        let shots = Shots()
        send(Self.floor, on: terminal)
        terminal.press(.char("L"))
        terminal.then { shots.take(terminal) }
        terminal.press(.char("x"))
        terminal.then { shots.take(terminal) }
        terminal.press(.char("L"), .char("n"), .char("L"), .escape, .char("q"))
        #expect(try run(terminal) == .quit)
        let shot = shots.list
        try #require(shot.count == 2)
        #expect(shot[0][2].contains("priya.nair"), "the wall stays under the question: \(shot[0][2])")
        #expect(shot[0].last?.hasPrefix("Listen in to priya.nair's call as rosa.mendes? (y/n)") == true, "\(shot[0])")
        #expect(shot[1].last?.contains("Listen in") == false && shot[1][0].hasPrefix("lenstail wall"))
        #expect(desk.monitors.isEmpty, "no key but y sends MonitorContact")
        #expect(desk.requests == [.findSupervisor], "the supervisor's user is looked up once per run")
    }

    @Test func yListensInAsTheSupervisorAndTheRowSaysSo() throws {
        let terminal = MemoryTerminal(size: Size(width: 140, height: 12))
        send(Self.floor, on: terminal)
        terminal.press(.char("L"), .char("y"))
        answer(.monitor(contactId: "c1", .listening(monitoringContactId: "m-1")), on: terminal)
        terminal.press(.char("q"))
        #expect(try run(terminal) == .quit)
        #expect(desk.monitors == [MonitorOrder(contactId: "c1", userId: "u-rosa", capabilities: [.silentMonitor, .barge])])
        let lines = terminal.screen.lines
        let row = try #require(lines.first { $0.contains("priya.nair") })
        #expect(row.contains(ListenIn.listeningText), "\(row)")
        #expect(lines.first { $0.contains("sam.okafor") }?.contains("listening") == false)
    }

    @Test func aFailureIsOneLineWithItsFixAndLCanTryAgain() throws {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 12))
        let line = "maximum number of monitoring participants — two supervisors are already on this call"
        send(Self.floor, on: terminal)
        terminal.press(.char("L"), .char("y"))
        answer(.monitor(contactId: "c1", .failed(line)), on: terminal)
        let shots = Shots()
        terminal.then { shots.take(terminal) }
        terminal.press(.char("L"), .char("y"), .char("q"))
        #expect(try run(terminal) == .quit)
        let shot = try #require(shots.list.first)
        // The status line, over the key hints.
        #expect(shot[shot.count - 2].hasPrefix(line), "\(shot)")
        #expect(!shot.contains { $0.contains(ListenIn.listeningText) })
        #expect(desk.monitors.count == 2, "after a failure L asks again")
    }

    @Test func noSupervisorIsOneLineNamingUserAndSendsNothing() throws {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 12))
        desk.supervisor = .failed("no Amazon Connect user to listen in as: pass --user NAME|ID|ARN")
        send(Self.floor, on: terminal)
        terminal.press(.char("L"))
        let shots = Shots()
        terminal.then { shots.take(terminal) }
        terminal.press(.char("y"), .char("q"))
        #expect(try run(terminal) == .quit)
        let shot = try #require(shots.list.first)
        #expect(shot.last?.contains("--user") == true, "\(shot.last ?? "")")
        #expect(desk.monitors.isEmpty)
    }

    @Test func lOverAnOpenedCallNamesItsAgentAndItsHeaderSaysListening() throws {
        let terminal = MemoryTerminal(size: Size(width: 140, height: 14))
        let shots = Shots()
        send(Self.floor, on: terminal)
        terminal.press(.enter, .char("L"))
        terminal.then { shots.take(terminal) }
        terminal.press(.char("y"))
        answer(.monitor(contactId: "c1", .listening(monitoringContactId: "m-1")), on: terminal)
        terminal.then { shots.take(terminal) }
        terminal.press(.escape)
        terminal.then { shots.take(terminal) }
        terminal.press(.char("q"))
        #expect(try run(terminal) == .quit)
        let shot = shots.list
        try #require(shot.count == 3)
        #expect(shot[0][0].hasPrefix("lenstail contact c1") && shot[0].last?.hasPrefix("Listen in to priya.nair's call") == true)
        #expect(shot[1][1].contains(ListenIn.listeningText), "header: \(shot[1][1])")
        #expect(shot[2].contains { $0.contains("priya.nair") && $0.contains(ListenIn.listeningText) }, "the row too")
    }
}
