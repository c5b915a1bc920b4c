import ContactLensModel
import Foundation
import LensBasics
import Testing

@testable import LensUI

/// The search's list screen: its rows as a text snapshot, sorted and filtered with the wall's
/// keys, Enter opening the selected contact over it and Esc coming back.
@Suite struct ContactListTests {
    static let utc = LocalZone.utc
    static let now = Date(timeIntervalSince1970: 1_714_554_000)  // 2024-05-01T09:00:00Z

    static func rows() -> [ContactListRow] {
        func at(_ minutesAgo: Double) -> Date { now.addingTimeInterval(-minutesAgo * 60) }
        return [
            ContactListRow(
                contactId: "c-001", start: at(120), end: at(115.5), channel: "VOICE", agent: "sam.okafor", queue: "Billing",
                initiation: "INBOUND"),
            ContactListRow(
                contactId: "c-002", start: at(30), end: at(28), channel: "CHAT", agent: "ana.lima", queue: "Support",
                initiation: "TRANSFER"),
            ContactListRow(
                contactId: "c-003", start: at(5), end: nil, channel: "VOICE", agent: "priya.nair", queue: "Sales",
                initiation: "INBOUND"),
            ContactListRow(
                contactId: "c-004\u{1B}[2J", start: at(300), end: at(290), channel: "VOICE", agent: nil, queue: "Billing",
                initiation: "QUEUE_TRANSFER"),
        ]
    }

    static func screen(size: Size = Size(width: 140, height: 10)) -> ContactListScreen {
        ContactListScreen(
            ContactListState(
                rows: rows(), scope: "initiated in the last 24h", countText: "first 4 of 2,341 contacts", size: size, now: now,
                timeZone: utc),
            instanceId: "i-1", place: "test")
    }

    static func ids(_ screen: ContactListScreen) -> [String] { screen.state.visible.map { screen.state.rows[$0].contactId } }

    @Test("Newest first, with the count said as it is and an escape sequence stripped")
    func snapshot() {
        var screen = Self.screen()
        #expect(Self.ids(screen) == ["c-003", "c-002", "c-001", "c-004"])
        let frame = screen.render(size: Size(width: 140, height: 10), back: nil)
        #expect(frame.snapshot.contains("first 4 of 2,341 contacts"))
        #expect(!frame.snapshot.contains("\u{1B}"))
        assertSnapshot(frame, named: "contact-list")
    }

    @Test("o cycles the order; / filters on agent, queue, channel and id; Esc clears the filter")
    func sortAndFilter() {
        var screen = Self.screen()
        _ = screen.reduce(.key(.char("o")))
        #expect(screen.state.sort == .oldest && Self.ids(screen).first == "c-004")
        _ = screen.reduce(.key(.char("o")))
        #expect(
            screen.state.sort == .longest && Self.ids(screen) == ["c-004", "c-003", "c-001", "c-002"],
            "in progress: as long as it is now")
        for key in [Key.char("/"), .char("b"), .char("i"), .char("l"), .enter] { _ = screen.reduce(.key(key)) }
        #expect(screen.state.filter == "bil" && Set(Self.ids(screen)) == ["c-001", "c-004"])
        _ = screen.reduce(.key(.escape))
        #expect(screen.state.filter == nil && screen.state.visible.count == 4)
    }

    @Test("Enter pushes the selected contact's view and asks for it; the stack's Esc comes back")
    func openAndBack() {
        var stack = ScreenStack<ContactListMessage, ContactListRequest>(Self.screen())
        _ = stack.reduce(.key(.char("j")))
        let effects = stack.reduce(.key(.enter))
        #expect(effects.contains(.request(.open(contactId: "c-002"))))
        let opened = stack.top as? ContactCallScreen
        #expect(opened?.contactId == "c-002")
        _ = stack.reduce(.messages([.contact("c-002", .status(.connecting))]))
        let back = stack.reduce(.key(.escape))
        #expect(back.contains(.request(.close)), "the opened contact is read no more")
        #expect(stack.screens.count == 1 && stack.top is ContactListScreen)
        #expect(stack.render(size: Size(width: 140, height: 10)).snapshot.contains("lenstail search"))
    }

    @Test("P opens the selected contact from its analysis file; a contact in progress has none yet")
    func openFromFile() {
        var stack = ScreenStack<ContactListMessage, ContactListRequest>(Self.screen())
        let refused = stack.reduce(.key(.char("P")))
        #expect(!refused.contains { if case .request = $0 { true } else { false } }, "c-003 is in progress")
        #expect(stack.top is ContactListScreen)
        #expect(stack.render(size: Size(width: 140, height: 10)).snapshot.contains("writes its analysis file when it ends"))
        _ = stack.reduce(.key(.char("j")))
        let effects = stack.reduce(.key(.char("P")))
        #expect(effects.contains(.request(.open(contactId: "c-002", fromFile: true))))
        #expect((stack.top as? ContactCallScreen)?.contactId == "c-002")
    }

    @Test("Keys come from the table, j/k stop at the ends, and the help overlay lists them")
    func keys() {
        var screen = Self.screen()
        for _ in 0..<10 { _ = screen.reduce(.key(.char("j"))) }
        #expect(screen.state.selected == "c-004")
        _ = screen.reduce(.key(.char("g")))
        #expect(screen.state.selected == "c-003")
        _ = screen.reduce(.key(.char("?")))
        let help = screen.render(size: Size(width: 140, height: 30), back: nil).snapshot
        #expect(
            help.contains("Search list keys") && help.contains(KeyBindings.all.first { $0.action == .wall(.cycleSort) }!.help))
        #expect(screen.reduce(.key(.char("q"))).contains { if case .quit(nil) = $0 { true } else { false } })
    }
}
