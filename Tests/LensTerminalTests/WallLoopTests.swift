import ContactLensModel
import Foundation
import Testing

@testable import LensTerminal
@testable import LensUI

/// The wall through the one loop, in-process, on a terminal in memory: what it draws, its bell
/// and alert requests, a call opened over it and back, resizes, Ctrl-Z and signals.
@Suite struct WallLoopTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let floor: WallEvent = .floor([
        WallContactInfo(contactId: "c1", agent: "priya.nair", queue: "Support", connectedAt: start.addingTimeInterval(-540)),
        WallContactInfo(contactId: "c2", agent: "sam.okafor", queue: "Billing", connectedAt: start.addingTimeInterval(-180)),
    ])

    static func page(_ id: String, _ n: Int, _ text: String, _ sentiment: Sentiment, escalation: Bool = false) -> WallEvent {
        var segments: [Segment] = [
            .transcript(
                Transcript(
                    id: "\(id)-\(n)", participantId: "c", participantRole: "CUSTOMER", content: text,
                    beginOffsetMillis: n * 3000, endOffsetMillis: n * 3000 + 2000, sentiment: sentiment))
        ]
        if escalation {
            segments.append(
                .categories(
                    Categories(
                        matchedCategories: ["Escalation"],
                        matchedDetails: [
                            "Escalation": CategoryDetails(pointsOfInterest: [
                                PointOfInterest(beginOffsetMillis: 0, endOffsetMillis: 1)
                            ])
                        ])))
        }
        return .contact(
            id, .segments(segments, receivedAt: start))
    }

    let inbox = EventInbox<InboxItem<WallMessage>>(wake: {})
    let alerts = Alerts()
    let desk = ActDesk()

    /// The alert requests the wall made, in order.
    final class Alerts: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [WallAlert] = []
        var list: [WallAlert] { lock.withLock { all } }
        func add(_ alert: WallAlert) { lock.withLock { all.append(alert) } }
    }

    /// Queues engine events for the loop after what the terminal has queued so far.
    func send(_ events: WallEvent..., on terminal: MemoryTerminal) {
        terminal.then { [inbox] in for event in events { inbox.push(.message(.engine(event))) } }
    }

    func run(_ terminal: MemoryTerminal) throws -> TerminalExit {
        let state = try WallState(
            instanceId: "i", scope: "queues Billing, Support",
            options: WallOptions(alertPatterns: ["Escalation"], alertNegative: 2),
            size: terminal.size, now: Self.start)
        return TerminalLoop.run(
            terminal, program: ScreenStack(WallScreen(state)), inbox: inbox,
            perform: { [alerts, desk] request in
                switch request {
                case .alert(let alert):
                    alerts.add(alert)
                    return []
                case .act(let request):
                    return desk.perform(request).map(WallMessage.act)
                }
            }, now: { Self.start })
    }

    @Test func theFloorIsDrawnAndAnAlertRingsAndIsRequestedOnce() throws {
        let terminal = MemoryTerminal(size: Size(width: 140, height: 12))
        send(Self.floor, Self.page("c1", 1, "Thanks, that works.", .positive), on: terminal)
        send(Self.page("c2", 1, "You charged me twice.", .negative, escalation: true), on: terminal)
        send(Self.page("c2", 2, "Nobody listens.", .negative, escalation: true), on: terminal)
        terminal.press(.char("q"))
        #expect(try run(terminal) == .quit)
        let lines = terminal.screen.lines
        #expect(lines[0].hasPrefix("lenstail wall · queues Billing, Support · 2 live"))
        // The escalating call is on top, marked, with both its alerts.
        #expect(lines[2].hasPrefix("▶! sam.okafor") && lines[2].contains("Escalation,2…"), "\(lines[2])")
        #expect(lines[3].contains("priya.nair"))
        #expect(terminal.bells == 2)
        #expect(alerts.list.map(\.kind) == [.category, .negative])
        #expect(alerts.list.allSatisfy { $0.contactId == "c2" && $0.agent == "sam.okafor" })
    }

    /// What the terminal showed at each step.
    final class Shots: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [[String]] = []
        var list: [[String]] { lock.withLock { all } }
        func take(_ terminal: MemoryTerminal) { lock.withLock { all.append(terminal.screen.lines) } }
    }

    /// Enter pushes the selected call over the wall; the wall's events keep it live; Esc comes
    /// back to the wall, which kept up; q in the call closes it, q on the wall quits.
    @Test func aCallOpensOverTheWallStaysLiveAndEscComesBack() throws {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 20))
        let shots = Shots()
        send(Self.floor, Self.page("c2", 1, "You charged me twice.", .negative), on: terminal)
        terminal.press(.enter)
        terminal.then { shots.take(terminal) }
        send(Self.page("c2", 2, "Put me through to a supervisor.", .negative), on: terminal)
        terminal.then { shots.take(terminal) }
        terminal.press(.escape)
        terminal.then { shots.take(terminal) }
        terminal.press(.enter, .char("q"))
        terminal.then { shots.take(terminal) }
        terminal.press(.char("q"))
        #expect(try run(terminal) == .quit)
        let shot = shots.list
        try #require(shot.count == 4)
        #expect(shot[0][0].hasPrefix("lenstail sam.okafor · Billing · contact c2"), "the call: \(shot[0][0])")
        #expect(shot[0].last?.hasPrefix("Esc/q back to the wall · 2 live") == true, "\(shot[0].last ?? "")")
        #expect(shot[1].contains { $0.contains("Put me through to a supervisor.") }, "the opened call stays live")
        #expect(shot[1].last?.contains("1 with alerts") == true, "the wall below counted the new alert")
        #expect(shot[2][0].hasPrefix("lenstail wall"))
        #expect(shot[2][2].contains("sam.okafor") && shot[2][2].contains("2×neg") && shot[2][2].contains("Put me through"))
        #expect(shot[3][0].hasPrefix("lenstail wall"), "q in the call comes back, it does not quit")
        #expect(terminal.bells == 1)
    }

    @Test func ctrlCInAnOpenedCallQuitsAtOnce() throws {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 20))
        send(Self.floor, on: terminal)
        terminal.press(.enter, .ctrl("c"))
        #expect(try run(terminal) == .interrupted(signal: SIGINT))
    }

    @Test func aNarrowTerminalKeepsTheMostUrgentRowFirst() throws {
        let terminal = MemoryTerminal(size: Size(width: 140, height: 20))
        send(Self.floor, Self.page("c2", 1, "You charged me twice.", .negative, escalation: true), on: terminal)
        terminal.resize(to: Size(width: 60, height: 12))
        terminal.press(.char("q"))
        _ = try run(terminal)
        let lines = terminal.screen.lines
        #expect(lines.count == 12 && lines.allSatisfy { $0.count <= 60 })
        #expect(lines[2].contains("sam.okafor"), "\(lines)")
    }

    @Test func ctrlZSuspendsAndTheWallComesBackWhole() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 12))
        send(Self.floor, on: terminal)
        terminal.press(.ctrl("z"), .char("q"))
        _ = try run(terminal)
        #expect(terminal.suspensions == 1)
        #expect(terminal.frames == 3)
    }

    /// Signals and a terminal that went away end the wall as an interruption, even with a call open.
    @Test func aSignalEndsTheWallInterrupted() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 12))
        send(Self.floor, on: terminal)
        terminal.press(.enter)
        terminal.send(.signal(SIGTERM))
        #expect(try run(terminal) == .interrupted(signal: SIGTERM))
    }

    /// Engine events that came during one wait reach the wall as one batch: one frame for all.
    @Test func eventsOfOneWaitAreOneBatchAndOneFrame() throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 12))
        send(Self.floor, Self.page("c1", 1, "One.", .neutral), Self.page("c2", 1, "Two.", .neutral), on: terminal)
        terminal.press(.char("q"))
        _ = try run(terminal)
        #expect(terminal.frames == 2, "the first frame, then one for the three events")
        #expect(terminal.screen.lines.contains { $0.contains("Two.") } && terminal.screen.lines.contains { $0.contains("One.") })
    }
}
