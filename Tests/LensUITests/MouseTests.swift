import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// The mouse, aimed by what the frame shows: a click on the line that shows a call selects that
/// call, a click on a title orders by it, a click on a category's line jumps to its match, the
/// wheel scrolls. Positions are found in the rendered text, as a user finds them on screen.
@Suite struct MouseTests {
    /// Where `text` starts on screen, as a whole word (inside `area` if given): (column, row).
    static func spot(_ text: String, in screen: Screen, area: Rect? = nil) -> (x: Int, y: Int)? {
        let word = "(?<![A-Za-z.])" + NSRegularExpression.escapedPattern(for: text) + "(?![A-Za-z.])"
        for (y, line) in screen.lines.enumerated() {
            var from = line.startIndex
            while let range = line.range(of: word, options: .regularExpression, range: from..<line.endIndex) {
                let x = line.distance(from: line.startIndex, to: range.lowerBound)
                if let area, !(x >= area.x && x < area.maxX && y >= area.y && y < area.maxY) {
                    from = range.upperBound
                    continue
                }
                return (x, y)
            }
        }
        return nil
    }

    static func click(_ kind: MouseEvent.Kind = .click, on text: String, _ state: inout WallState) throws -> [WallEffect] {
        let at = try #require(spot(text, in: renderWall(state, size: state.size)), "\(text) on screen")
        return reduceWall(into: &state, .mouse(MouseEvent(kind, x: at.x + 1, y: at.y)))
    }

    @Test func aClickSelectsTheRowItLandsOnAndADoubleClickOpensIt() throws {
        var (state, _) = WallFixtures.state()
        let top = try #require(state.selected)
        let other = try #require(state.screenOrder.last)
        let agent = try #require(state.rows[other]?.found?.agent)
        #expect(other != top)
        _ = try Self.click(on: agent, &state)
        #expect(state.selected == other)
        #expect(renderWall(state, size: state.size).lines.contains { $0.hasPrefix("▶") && $0.contains(agent) })
        // It stays on that call when the order changes.
        _ = reduceWall(into: &state, .tick(WallFixtures.start.addingTimeInterval(3)))
        #expect(state.selected == other)
        let opened = try Self.click(.doubleClick, on: agent, &state)
        #expect(opened.contains(.open(contactId: other)))
        // A click below the last row, on the status line or on the keys selects nothing.
        let lines = state.size.height
        for y in [lines - 3, lines - 2, lines - 1, 0] {
            #expect(reduceWall(into: &state, .mouse(MouseEvent(.click, x: 10, y: y))).isEmpty)
            #expect(state.selected == other)
        }
    }

    @Test func theWheelMovesTheSelectionAsTheKeysDo() throws {
        var (state, _) = WallFixtures.state()
        var keyed = state
        _ = reduceWall(into: &state, .mouse(MouseEvent(.wheelDown, x: 50, y: 3)))
        keyed.press(.char("j"))
        #expect(state.selected == keyed.selected && state.selected != state.screenOrder.first)
        _ = reduceWall(into: &state, .mouse(MouseEvent(.wheelUp, x: 0, y: 0)))
        #expect(state.selected == state.screenOrder.first)
    }

    @Test func aClickOnAColumnsTitleOrdersByIt() throws {
        var (state, _) = WallFixtures.state()
        for (title, sort) in [("QUEUE", WallSort.queue), ("AGENT", .agent), ("TIME", .longest), ("ALERTS", .attention)] {
            _ = try Self.click(on: title, &state)
            #expect(state.sort == sort, "\(title)")
            #expect(renderWall(state, size: state.size).lines[0].contains("order: \(sort.rawValue)"))
        }
        _ = try Self.click(on: "QUEUE", &state)
        let queues = state.screenOrder.compactMap { state.rows[$0]?.found?.queue }
        #expect(queues == queues.sorted())
        // A title that orders nothing says which do.
        _ = try Self.click(on: "TURNS", &state)
        #expect(state.sort == .queue)
        #expect(state.notice?.contains("agent, queue, time or alerts") == true)
    }

    /// The titles are where the columns are: the title a click finds is the one drawn there, at
    /// every width the wall lays out.
    @Test(arguments: [90, 120, 160, 220])
    func titlesAreHitWhereTheyAreDrawn(width: Int) throws {
        var (state, _) = WallFixtures.state(size: Size(width: width, height: 16))
        _ = reduceWall(into: &state, .resize(state.size))
        let layout = WallLayout(size: state.size)
        let line = renderWall(state, size: state.size).lines[layout.titles.y]
        for title in layout.columns.titles where !title.name.isEmpty {
            let drawn = Self.spot(title.name, in: renderWall(state, size: state.size), area: layout.titles)
            #expect(drawn?.x == title.x && drawn?.y == layout.titles.y, "\(title.name) in \(line)")
            #expect(layout.hit(x: title.x, y: layout.titles.y, state) == .title(title))
        }
    }

    @Test func aFilterBeingTypedOrTheHelpTakeTheClickFirst() throws {
        var (state, _) = WallFixtures.state()
        let top = state.selected
        state.press(.char("/"))
        #expect(reduceWall(into: &state, .mouse(MouseEvent(.click, x: 5, y: 3))).isEmpty)
        #expect(state.editingFilter && state.selected == top)
        state.press(.escape)
        state.press(.char("?"))
        _ = reduceWall(into: &state, .mouse(MouseEvent(.click, x: 5, y: 3)))
        #expect(!state.showHelp && state.selected == top, "a click closes the help, as a key does, and selects nothing")
    }

    @Test func aClickOnACategoryJumpsToItsNextMatch() throws {
        var state = Fixtures.state()
        let panel = try #require(ScreenLayout(size: state.size, state: state).panel)
        func click(_ name: String) throws {
            let at = try #require(Self.spot(name, in: state.screen, area: panel), "\(name) in the side panel")
            _ = reduce(into: &state, .mouse(MouseEvent(.click, x: at.x + 1, y: at.y)))
        }
        let cancel = try #require(state.store.turns.first { $0.content.contains("cancel my plan") })
        let escalate = try #require(state.store.turns.first { $0.content.contains("third time") })
        try click("Cancellation")
        #expect(state.focusId == cancel.id)
        try click("Escalation")
        #expect(state.focusId == escalate.id)
        try click("Cancellation")
        #expect(state.focusId == cancel.id)
        #expect(state.notice == "Cancellation: back to its first match")
        // The transcript's own text is not the panel: a click there jumps nowhere.
        let said = try #require(Self.spot("third time", in: state.screen))
        _ = reduce(into: &state, .mouse(MouseEvent(.click, x: said.x, y: said.y)))
        #expect(state.focusId == cancel.id)
    }

    @Test func aCategoryBelowANarrowTranscriptIsHitToo() throws {
        var state = Fixtures.state(size: Size(width: 60, height: 24))
        let layout = ScreenLayout(size: state.size, state: state)
        #expect(layout.divider == nil, "the panel is below the transcript")
        let at = try #require(Self.spot("Escalation", in: state.screen, area: layout.panel))
        _ = reduce(into: &state, .mouse(MouseEvent(.click, x: at.x + 1, y: at.y)))
        #expect(state.focusId == state.store.turns.first { $0.content.contains("third time") }?.id)
    }

    @Test func theWheelScrollsTheTranscriptAndFollowComesBackAtTheEnd() throws {
        var state = Fixtures.state(Fixtures.longCall(30))
        #expect(state.follow)
        let before = state.screen.lines
        _ = reduce(into: &state, .mouse(MouseEvent(.wheelUp, x: 10, y: 5)))
        #expect(!state.follow)
        var keyed = Fixtures.state(Fixtures.longCall(30))
        for _ in 0..<MouseBindings.wheelLines { keyed.press(.char("k")) }
        #expect(state.screen.lines == keyed.screen.lines, "one notch is \(MouseBindings.wheelLines) lines, as the keys")
        #expect(state.screen.lines != before)
        #expect(state.screen.lines.contains { $0.contains("paused") })
        for _ in 0..<5 { _ = reduce(into: &state, .mouse(MouseEvent(.wheelDown, x: 10, y: 5))) }
        #expect(state.follow)
    }

    @Test func theWheelScrollsTheHelpAndAClickClosesIt() throws {
        var state = Fixtures.state()
        state.press(.char("?"))
        _ = reduce(into: &state, .mouse(MouseEvent(.wheelDown, x: 10, y: 5)))
        #expect(state.showHelp && state.helpScroll == MouseBindings.wheelLines)
        _ = reduce(into: &state, .mouse(MouseEvent(.click, x: 10, y: 5)))
        #expect(!state.showHelp)
    }

    /// The help, scrolled to its end: the mouse's lines and how to select text.
    @Test func theHelpEndsWithTheMouse() {
        var state = Fixtures.state()
        state.press(.char("?"))
        for _ in 0..<40 { state.press(.char("j")) }
        assertSnapshot(state.screen, named: "help-mouse")
        let wall = WallHelp.lines().map(\.text).joined(separator: "\n")
        for binding in MouseBindings.all where binding.screen == .rows { #expect(wall.contains(binding.help)) }
        #expect(wall.contains("Shift-drag"))
    }

    @Test func everyMouseActionHasAGestureAndTheDocsListThem() {
        #expect(Set(MouseBindings.all.map(\.action)) == Set(MouseAction.allCases))
        for binding in MouseBindings.all {
            #expect(KeyBindings.markdown.contains("| \(binding.gesture.label) |") && KeyBindings.markdown.contains(binding.help))
        }
        #expect(KeyBindings.markdown.contains("Shift-drag") && MouseBindings.selectText.contains("Shift-drag"))
    }
}

/// A search's list takes the same gestures as the wall.
@Suite struct ContactListMouseTests {
    @Test func aClickSelectsADoubleClickOpensATitleOrdersTheWheelMoves() throws {
        var screen = ContactListTests.screen(size: Size(width: 140, height: 12))
        let size = Size(width: 140, height: 12)
        func at(_ text: String) throws -> MouseEvent {
            let spot = try #require(MouseTests.spot(text, in: screen.render(size: size, back: nil)), "\(text) on screen")
            return MouseEvent(.click, x: spot.x + 1, y: spot.y)
        }
        _ = screen.reduce(.mouse(try at("ana.lima")))
        #expect(screen.state.selected == "c-002")
        var twice = try at("priya.nair")
        twice.kind = .doubleClick
        let opened = screen.reduce(.mouse(twice))
        #expect(screen.state.selected == "c-003")
        #expect(opened.contains { if case .request(.open(contactId: "c-003", fromFile: false)) = $0 { true } else { false } })
        var list = ContactListTests.screen(size: size)
        _ = list.reduce(.mouse(MouseEvent(.click, x: 0, y: 0)))
        let top = list.state.selected
        _ = list.reduce(.mouse(MouseEvent(.wheelDown, x: 0, y: 0)))
        #expect(list.state.selected != top)
        _ = list.reduce(.mouse(MouseEvent(.wheelUp, x: 0, y: 0)))
        #expect(list.state.selected == top)
        let title = try #require(MouseTests.spot("AGENT", in: list.render(size: size, back: nil)))
        _ = list.reduce(.mouse(MouseEvent(.click, x: title.x, y: title.y)))
        #expect(list.state.sort == .agent)
        #expect(list.render(size: size, back: nil).lines[0].contains("order: agent"))
    }
}
