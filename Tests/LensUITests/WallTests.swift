import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// The wall as text snapshots, its order, filter, alerts and the way into a call and back.
@Suite struct WallTests {
    @Test("Rows are sorted by attention: alerts, then falling sentiment, then the longest call")
    func attentionOrder() {
        let (state, _) = WallFixtures.state()
        #expect(state.visible == ["contact-2", "contact-3", "contact-1"])
        assertSnapshot(state.screen, named: "wall")
    }

    @Test("A narrow terminal keeps the most urgent rows and drops the optional columns")
    func narrow() {
        var (state, _) = WallFixtures.state(size: Size(width: 70, height: 6))
        state.size = Size(width: 70, height: 6)
        assertSnapshot(state.screen, named: "wall-narrow")
        #expect(state.screen.snapshot.contains("sam.okafor"))
    }

    @Test("Each new alert rings the bell once and is reported once; the same alert again does not")
    func alertsOnce() {
        let fixture = WallFixtures.state()
        var state = fixture.0
        let effects = fixture.1
        let alerts = effects.compactMap { effect -> WallAlert? in
            if case .alert(let alert) = effect { return alert }
            return nil
        }
        #expect(alerts.map(\.kind.rawValue).sorted() == ["category", "negative"])
        #expect(alerts.allSatisfy { $0.contactId == "contact-2" })
        #expect(effects.filter { $0 == .bell }.count == 2)
        let again = reduceWall(
            into: &state,
            WallFixtures.page(
                "contact-2", [WallFixtures.customer(8, "Still angry.", .negative, at: 20), WallFixtures.category("Escalation")]))
        #expect(!again.contains(.bell))
        #expect(state.rows["contact-2"]!.alerts == ["Escalation", "3×neg"])
    }

    @Test("o changes the order; / filters rows; Esc clears the filter")
    func sortAndFilter() {
        var (state, _) = WallFixtures.state()
        state.press(.char("o"))
        #expect(state.sort == .longest)
        #expect(state.visible == ["contact-1", "contact-3", "contact-2"])
        state.press(.char("o"))
        #expect(state.visible == ["contact-3", "contact-1", "contact-2"])  // by agent
        state.press(.char("/"), .char("b"), .char("i"), .char("l"), .char("l"))
        assertSnapshot(state.screen, named: "wall-filter-typing")
        state.press(.enter)
        #expect(state.visible == ["contact-2"])
        state.press(.escape)
        #expect(state.visible.count == 3)
    }

    @Test("Enter opens the selected call in the follow view with its store; Esc and q return; the wall keeps updating")
    func openAndReturn() {
        var (state, _) = WallFixtures.state(size: Size(width: 100, height: 20))
        state.press(.down)
        #expect(state.selected == "contact-3")
        var wall = ScreenStack(WallScreen(state))
        wall.press(.enter)
        #expect(wall.opened?.contactId == "contact-3")
        assertSnapshot(wall.screen, named: "wall-opened")
        wall.press(.char("c"))
        #expect(wall.opened?.call.filter == .customer, "follow keys work in the opened call")
        wall.send(WallFixtures.contactPage("contact-1", [WallFixtures.customer(9, "One more thing.", .neutral, at: 30)]))
        wall.press(.escape)
        #expect(wall.opened == nil)
        #expect(wall.wall.rows["contact-1"]!.latestCustomer == "One more thing.")
        #expect(wall.wall.rows["contact-3"]!.call.filter == .customer, "the opened call's view stays with its row")
        wall.press(.enter)
        wall.press(.char("q"))
        #expect(wall.opened == nil)
        #expect(wall.press(.char("q")) == [.quit(signal: nil)])
    }

    @Test("A call that leaves the floor moves to recently ended")
    func ended() {
        var (state, _) = WallFixtures.state()
        _ = reduceWall(into: &state, .engine(.floor(Array(WallFixtures.infos.dropFirst()))))
        #expect(state.visible == ["contact-2", "contact-3"])
        #expect(state.ended == ["contact-1"])
        assertSnapshot(state.screen, named: "wall-ended")
        _ = reduceWall(into: &state, .tick(WallFixtures.start.addingTimeInterval(400)))
        #expect(state.ended.isEmpty, "kept five minutes")
    }

    @Test("Untrusted text is sanitised on the wall")
    func sanitised() {
        var (state, _) = WallFixtures.state()
        _ = reduceWall(
            into: &state,
            .engine(
                .floor([WallContactInfo(contactId: "contact-9", agent: "evil\u{1B}[31m", queue: "q\u{07}", connectedAt: nil)])))
        #expect(!state.screen.snapshot.contains("\u{1B}"))
        #expect(!state.screen.snapshot.contains("\u{07}"))
    }

    @Test("The wall's keys come from the table, which also makes its help")
    func keysFromTable() {
        #expect(KeyBindings.wallAction(for: .enter) == .openContact)
        #expect(KeyBindings.wallAction(for: .char("o")) == .cycleSort)
        // The same letter may mean something else in the opened call's view (o: a chat's bot turns).
        #expect(KeyBindings.callAction(for: .char("o")) == .filterBot, "wall actions stay on the wall")
        let help = WallHelp.lines().map(\.text).joined(separator: "\n")
        for binding in KeyBindings.wall { #expect(help.contains(binding.help)) }
    }
}

/// The wall on the segment stream: the header names the source, a quiet call's data is as fresh
/// as the last read of the stream, and a stream that stopped says why.
@Suite struct WallStreamViewTests {
    @Test func theHeaderAndTheAgeColumnFollowTheStream() {
        let start = WallFixtures.start
        var state = try! WallState(
            instanceId: "any", scope: "every contact on the stream · Kinesis contact-lens-segments, us-east-1",
            options: WallOptions(), size: Size(width: 160, height: 8), now: start)
        _ = reduceWall(into: &state, .engine(.stream(.connecting)))
        _ = reduceWall(into: &state, WallFixtures.page("contact-1", [WallFixtures.customer(1, "Hello?", .neutral, at: 1)]))
        _ = reduceWall(into: &state, .engine(.stream(.live(lastSuccess: start.addingTimeInterval(40)))))
        _ = reduceWall(into: &state, .tick(start.addingTimeInterval(41)))
        assertSnapshot(state.screen, named: "wall-stream")
        let text = state.screen.snapshot
        #expect(text.contains("every call live from the Kinesis stream"))
        #expect(text.contains("1s   Hello?"), "the row's data is 1 s old, not 40 s: the stream was read to its tip since")
        _ = reduceWall(
            into: &state,
            .engine(.stream(.failed(message: "the stream contact-lens-segments was not found — check its name and region"))))
        let stopped = state.screen.snapshot
        #expect(stopped.contains("Kinesis stream stopped"))
        #expect(stopped.contains("stream: the stream contact-lens-segments was not found"))
    }
}

/// A chat on the wall: its row says it is a chat, and its customer's last message shows.
@Suite struct WallChatRowTests {
    @Test func aChatRowSaysSo() {
        var (state, _) = WallFixtures.state()
        _ = reduceWall(
            into: &state,
            .engine(.floor(WallFixtures.infos + [WallContactInfo(contactId: "chat-1", agent: "ana.lima", queue: "Support")])))
        _ = reduceWall(
            into: &state,
            .engine(.contact("chat-1", .segments(ChatViewTests.segments, receivedAt: WallFixtures.start))))
        let row = state.screen.snapshot.split(separator: "\n").first { $0.contains("ana.lima") }
        #expect(row?.contains("chat · ") == true, "\(String(describing: row))")
        let customer = state.rows["chat-1"]?.latestCustomer ?? ""
        #expect(!customer.isEmpty && row?.contains(String(customer.prefix(20))) == true)
    }
}

/// The wall as the terminal program draws it keeps each row's cells between frames: a second
/// later every clock has moved and nothing else has.
@Suite struct WallClockFrameTests {
    @Test func aSecondLaterOnlyTheClocksMove() {
        let (state, _) = WallFixtures.state()
        var wall = ScreenStack(WallScreen(state))
        let before = wall.screen.snapshot.split(separator: "\n").map(String.init)
        _ = wall.reduce(.tick(wall.now.addingTimeInterval(5)))
        let after = wall.screen.snapshot.split(separator: "\n").map(String.init)
        let sam = { (lines: [String]) in lines.first { $0.contains("sam.okafor") } ?? "" }
        #expect(sam(before).contains("3m02s") && sam(before).contains(" 2s "), "\(sam(before))")
        #expect(sam(after).contains("3m07s") && sam(after).contains(" 7s "), "\(sam(after))")
        let ignoringClocks = { (line: String) in
            line.replacingOccurrences(of: #"\d+m\d\ds|\b\d+s\b"#, with: "", options: .regularExpression)
        }
        #expect(before.map(ignoringClocks) == after.map(ignoringClocks))
    }
}
