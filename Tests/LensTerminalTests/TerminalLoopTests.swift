import ContactLensModel
import Foundation
import Testing

@testable import LensTerminal
@testable import LensUI

/// The run loop in-process, on a terminal in memory: what it draws, how much, and what it does
/// with keys, resizes, bells and Ctrl-Z.
@Suite struct TerminalLoopTests {
    static let session = SessionInfo(instanceId: "i", contactId: "c", endpoint: "e")
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func turn(_ n: Int, _ role: String) -> Segment {
        .transcript(
            Transcript(
                id: "t\(n)", participantId: role, participantRole: role, content: "Turn number \(n) of the call",
                beginOffsetMillis: n * 3000, endOffsetMillis: n * 3000 + 2000, sentiment: .neutral))
    }

    static func page(_ segments: [Segment]) -> CallMessage {
        .engine(.segments(segments, receivedAt: start))
    }

    static func escalation(at millis: Int) -> Segment {
        .categories(
            Categories(
                matchedCategories: ["Escalation"],
                matchedDetails: [
                    "Escalation": CategoryDetails(pointsOfInterest: [
                        PointOfInterest(beginOffsetMillis: millis, endOffsetMillis: millis + 1)
                    ])
                ]))
    }

    let inbox = EventInbox<InboxItem<CallMessage>>(wake: {})
    let commands = Commands()
    let desk = ActDesk()

    /// The player commands the view asked for.
    final class Commands: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [PlaybackCommand] = []
        var list: [PlaybackCommand] { lock.withLock { all } }
        func add(_ command: PlaybackCommand) { lock.withLock { all.append(command) } }
    }

    /// Queues messages for the loop after what the terminal has queued so far, as the engine would.
    func send(_ messages: CallMessage..., on terminal: MemoryTerminal) {
        terminal.then { [inbox] in for message in messages { inbox.push(.message(message)) } }
    }

    func run(
        _ terminal: MemoryTerminal, alerts: [String] = [], replay: ReplayClock? = nil,
        saved: @escaping @Sendable (AppState) throws -> String = { _ in "saved" }
    )
        throws -> TerminalExit
    {
        var state = try AppState(
            session: Self.session, options: UIOptions(alertPatterns: alerts), size: terminal.size, now: Self.start)
        state.replay = replay
        return TerminalLoop.run(
            terminal, program: ScreenStack(CallScreen(state)), inbox: inbox,
            perform: { [commands, desk] request in
                switch request {
                case .playback(let command):
                    commands.add(command)
                    return []
                case .saveView(let state):
                    do { return [.notice(try saved(state))] } catch { return [.notice("could not write the view: \(error)")] }
                case .act(let request):
                    return desk.perform(request).map(CallMessage.act)
                }
            }, now: { Self.start })
    }

    @Test func whatTheTerminalShowsIsTheRenderedState() throws {
        let terminal = MemoryTerminal(size: Size(width: 90, height: 20))
        send(Self.page((0..<4).map { Self.turn($0, $0.isMultiple(of: 2) ? "AGENT" : "CUSTOMER") }), on: terminal)
        terminal.press(.char("q"))
        #expect(try run(terminal) == .quit)
        #expect(terminal.screen.lines.contains { $0.hasPrefix("00:09 CUSTOMER") })
        #expect(terminal.screen.lines[0].hasPrefix("lenstail contact c"))
    }

    /// After the first frame, a small change writes a few cells, not the screen.
    @Test func onlyChangedCellsAreWritten() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        send(Self.page([Self.turn(0, "AGENT")]), on: terminal)
        terminal.press(.char("p"), .char("q"))
        _ = try run(terminal)
        let full = 100 * 30
        #expect(terminal.frames == 3)
        #expect(terminal.cellsWritten < full + full / 2, "\(terminal.cellsWritten) cells for 3 frames")
        #expect(terminal.cellsWritten > full)
    }

    @Test func aResizeRedrawsEverythingAtTheNewSize() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        send(Self.page([Self.turn(0, "AGENT"), Self.turn(1, "CUSTOMER")]), on: terminal)
        terminal.resize(to: Size(width: 60, height: 12))
        terminal.press(.char("q"))
        _ = try run(terminal)
        #expect(terminal.screen.size == Size(width: 60, height: 12))
        #expect(terminal.screen.lines.contains { $0.hasPrefix("00:03 CUSTOMER") })
        // Too small for the view: the message says so and how to leave.
        terminal.resize(to: Size(width: 30, height: 5))
        terminal.press(.char("q"))
        _ = try run(terminal)
        #expect(terminal.screen.lines.joined().contains("terminal too small"))
    }

    /// A category matching --alert rings once when it first matches, not again.
    @Test func aNewAlertRingsTheBellOnce() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        send(Self.page([Self.turn(0, "AGENT"), Self.escalation(at: 0)]), on: terminal)
        send(Self.page([Self.escalation(at: 3000)]), on: terminal)
        terminal.press(.char("q"))
        _ = try run(terminal, alerts: ["Escal.*"])
        #expect(terminal.bells == 1)
        #expect(terminal.screen.lines[1].contains("⚑ ALERT Escalation"))
    }

    @Test func ctrlZSuspendsAndTheViewComesBackWhole() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 20))
        send(Self.page([Self.turn(0, "AGENT")]), on: terminal)
        terminal.press(.ctrl("z"), .char("q"))
        _ = try run(terminal)
        #expect(terminal.suspensions == 1)
        #expect(terminal.frames == 3)
    }

    @Test func theSaveKeyWritesThroughTheControlsAndSaysWhere() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 20))
        send(Self.page([Self.turn(0, "AGENT")]), on: terminal)
        terminal.press(.char("w"), .char("q"))
        _ = try run(terminal) { state in "wrote \(state.store.turns.count) turn to /tmp/x.md" }
        #expect(terminal.screen.lines.contains { $0.contains("wrote 1 turn to /tmp/x.md") })
    }

    /// While replaying, player keys become requests for the player, and its clock comes back as a message.
    @Test func replayKeysGoToThePlayerAndItsClockComesBack() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 20))
        let clock = ReplayClock(
            positionMillis: 0, lengthMillis: 60_000, asOf: Self.start, factor: 1, speedLabel: "1×", isPaused: false)
        terminal.press(.char(" "), .right)
        var paused = clock
        paused.isPaused = true
        paused.positionMillis = 10_000
        send(.replay(paused), on: terminal)
        terminal.press(.char("q"))
        _ = try run(terminal, replay: clock)
        #expect(commands.list == [.togglePause, .seek(seconds: PlaybackCommand.seekStep)])
        #expect(terminal.screen.lines.contains { $0.contains("paused") }, "\(terminal.screen.lines)")
    }

    /// Signals and a terminal that went away end the loop as an interruption.
    @Test func aSignalEndsTheLoopInterrupted() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 20))
        terminal.send(.signal(SIGTERM))
        #expect(try run(terminal) == .interrupted(signal: SIGTERM))
    }

    /// A search of a call longer than the loop's step is drawn at once; the loop then ticks until
    /// the matches are counted and shows the numbers.
    @Test func theLoopTicksUntilASearchIsCounted() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 20))
        var state = try AppState(session: Self.session, size: terminal.size, now: Self.start)
        state.search.countStep = 5
        send(Self.page((0..<40).map { Self.turn($0, $0.isMultiple(of: 2) ? "AGENT" : "CUSTOMER") }), on: terminal)
        terminal.press(.char("/"))
        for c in "number 2" { terminal.press(.char(c)) }
        // Events that keep the notice, so each turn of the loop can tick.
        terminal.send(.key(.enter), .resize(terminal.size), .resize(terminal.size))
        for _ in 0..<8 { terminal.send(.resize(terminal.size)) }
        _ = TerminalLoop.run(
            terminal, program: ScreenStack(CallScreen(state)), inbox: inbox, perform: { _ in [] }, now: { Self.start })
        // Turns 2 and 20-29 of 40.
        #expect(terminal.screen.lines.contains { $0.hasPrefix("match 11/11 for \"number 2\"") })
    }
}

@Suite struct ScreenDiffTests {
    @Test func aWideCharacterIsOneChangeOfTwoColumns() {
        var before = Screen(size: Size(width: 6, height: 1))
        before.put("ab", x: 0, y: 0, style: .text, clip: Rect(x: 0, y: 0, width: 6, height: 1))
        var after = before
        after.put("日", x: 2, y: 0, style: .text, clip: Rect(x: 0, y: 0, width: 6, height: 1))
        let changes = ScreenDiff.changes(from: before, to: after)
        #expect(changes == [ScreenDiff.Change(x: 2, y: 0, width: 2, cell: Cell("日"))])
        #expect(ScreenDiff.changes(from: after, to: after).isEmpty)
        #expect(ScreenDiff.changes(from: nil, to: after).count == 5, "every cell of a first frame, a wide one once")
    }
}
