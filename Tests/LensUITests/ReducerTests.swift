import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensUI

/// Keys and events through the one reducer, checked by what the screen then shows.
@Suite struct ReducerTests {
    func visibleText(_ state: AppState) -> String { state.screen.lines.joined(separator: "\n") }

    @Test func filterKeysHideTheOtherParticipant() {
        var state = Fixtures.state()
        state.press(.char("a"))
        #expect(state.filter == .agent)
        #expect(visibleText(state).contains("AGENT"))
        #expect(!visibleText(state).contains("CUSTOMER  "))
        state.press(.char("c"))
        #expect(state.filter == .customer)
        state.press(.char("A"))
        #expect(state.filter == .all)
        state.press(.tab, .tab)
        #expect(state.filter == .customer)
    }

    @Test func scrollingUpPausesAndCountsNewTurns() {
        var state = Fixtures.state(Fixtures.longCall(40))
        #expect(state.follow)
        state.press(.char("k"))
        #expect(!state.follow)
        _ = reduce(
            into: &state,
            Fixtures.page([
                .transcript(Fixtures.turn(900, "AGENT", "new one", at: 500)),
                .transcript(Fixtures.turn(901, "CUSTOMER", "and another", at: 505)),
            ]))
        #expect(state.newBelow == 2)
        #expect(visibleText(state).contains("2 new turns below"))
        #expect(!visibleText(state).contains("new one"))
        state.press(.end)
        #expect(state.follow && state.newBelow == 0)
        #expect(visibleText(state).contains("and another"))
    }

    @Test func topAndBottom() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.press(.char("g"))
        #expect(visibleText(state).contains("Turn number 0 "))
        #expect(!state.follow)
        state.press(.pageDown)
        #expect(!visibleText(state).contains("Turn number 0 "))
        state.press(.char("G"))
        #expect(state.follow)
        #expect(visibleText(state).contains("Turn number 39 "))
    }

    @Test func scrollingDownToTheEndResumesFollow() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.press(.char("k"), .char("k"))
        #expect(!state.follow)
        state.press(.char("j"), .char("j"))
        #expect(state.follow)
    }

    @Test func jumpsToIssuesAndCategories() {
        var state = Fixtures.state(
            Fixtures.liveTurns
                + Fixtures.longCall(30).map {
                    var t = $0
                    t.beginOffsetMillis += 100_000
                    t.endOffsetMillis += 100_000
                    return t
                })
        state.press(.char("I"))
        #expect(state.focusId == "t2")
        #expect(visibleText(state).contains("My internet"))
        state.press(.char("I"))
        #expect(state.notice == "no previous issue")
        state.press(.char("m"))
        #expect(state.focusId == "t4")
        state.press(.char("M"))
        #expect(state.focusId == "t2")
    }

    @Test func searchFindsCaseInsensitiveAndCycles() {
        var state = Fixtures.state()
        state.press(.char("g"), .char("/"))
        #expect(state.search.isEditing)
        for c in "TECHNICIAN" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.search.query == "TECHNICIAN")
        #expect(state.focusId == "t5")
        #expect(state.notice == "match 1/1 for \"TECHNICIAN\"")
        state.press(.char("n"))
        #expect(state.notice == "match 1/1 for \"TECHNICIAN\" (wrapped to the top)")
        state.press(.escape)
        #expect(state.search.query == nil)
    }

    @Test func searchCountsMatchesAndWrapsAround() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.press(.char("g"), .char("/"))
        for c in "number 2" { state.press(.char(c)) }
        state.press(.enter)
        // Turns 2 and 20–29 match: 11 in all.
        #expect(state.focusId == "t102" && state.notice == "match 1/11 for \"number 2\"")
        state.press(.char("n"))
        #expect(state.focusId == "t120" && state.notice == "match 2/11 for \"number 2\"")
        state.press(.char("N"), .char("N"))
        #expect(state.focusId == "t129" && state.notice == "match 11/11 for \"number 2\" (wrapped to the bottom)")
        state.press(.char("n"))
        #expect(state.focusId == "t102" && state.notice == "match 1/11 for \"number 2\" (wrapped to the top)")
        #expect(visibleText(state).contains("Turn number 2 of a long call."))
    }

    /// While following the newest turns, a search looks up from the bottom: the newest match
    /// first, even when every match is above the window.
    @Test func aSearchWhileFollowingFindsMatchesAbove() {
        var state = Fixtures.state(Fixtures.longCall(40))
        #expect(state.follow && !visibleText(state).contains("Turn number 19 "))
        state.press(.char("/"))
        for c in "number 1" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.focusId == "t119" && state.notice == "match 11/11 for \"number 1\"")
        #expect(visibleText(state).contains("Turn number 19 of a long call."))
        state.press(.char("/"))
        for c in "nowhere" { state.press(.char(c)) }
        state.press(.enter)
        #expect(state.notice == "no match for \"nowhere\"")
    }

    @Test func searchKeysDoNotTriggerActions() {
        var state = Fixtures.state()
        state.press(.char("/"), .char("q"), .char("a"))
        #expect(state.search.draft == "qa")
        #expect(state.filter == .all)
        state.press(.backspace, .escape)
        #expect(!state.search.isEditing && state.search.query == nil)
    }

    @Test func quitAndInterrupt() {
        var state = Fixtures.state()
        #expect(state.press(.char("q")) == [.quit(signal: nil)])
        #expect(state.press(.ctrl("c")) == [.quit(signal: SIGINT)])
        state.press(.char("/"))
        #expect(state.press(.ctrl("c")) == [.quit(signal: SIGINT)])
    }

    @Test func helpOpensAndAnyKeyCloses() {
        var state = Fixtures.state()
        state.press(.char("?"))
        #expect(state.showHelp)
        state.press(.char("x"))
        #expect(!state.showHelp)
    }

    @Test func ticksRedrawOnlyWhenTheVisibleClockChanges() {
        var state = Fixtures.state()
        let base = state.now
        #expect(
            reduce(into: &state, .tick(base.addingTimeInterval(0.3))).isEmpty
                || Int(base.timeIntervalSince1970) != Int(base.addingTimeInterval(0.3).timeIntervalSince1970))
        #expect(reduce(into: &state, .tick(base.addingTimeInterval(1.0))) == [.redraw])
        _ = reduce(into: &state, .engine(.finished))
        #expect(reduce(into: &state, .tick(base.addingTimeInterval(5))).isEmpty)
    }

    @Test func engineStatusReachesTheHeader() {
        var state = Fixtures.state()
        _ = reduce(
            into: &state,
            .engine(
                .status(
                    .retrying(
                        reason: "InternalServiceException", attempt: 2,
                        retryAt: state.now.addingTimeInterval(3), throttled: false))))
        #expect(state.screen.lines[0].contains("RECONNECTING · InternalServiceException · retry in 3s (attempt 2)"))
        _ = reduce(
            into: &state,
            .engine(
                .status(
                    .retrying(
                        reason: "ThrottlingException", attempt: 1,
                        retryAt: state.now.addingTimeInterval(2), throttled: true))))
        #expect(state.screen.lines[0].contains("THROTTLED · retry in 2s"))
        _ = reduce(into: &state, .engine(.failed(message: "AccessDeniedException: not allowed")))
        #expect(state.screen.lines[0].contains("FAILED · AccessDeniedException"))
    }

    @Test func countsTurnsPerParticipantAcrossRevisions() {
        var state = Fixtures.state()
        #expect(state.roleCounts == ["AGENT": 3, "CUSTOMER": 3])
        var revised = Fixtures.liveTurns[0]
        revised.content = "Revised text"
        _ = reduce(into: &state, Fixtures.page([.transcript(revised), .transcript(revised)]))
        #expect(state.roleCounts == ["AGENT": 3, "CUSTOMER": 3])
        #expect(state.screen.lines[1].contains("AGENT 3 · CUSTOMER 3"))
    }

    @Test func invalidAlertPatternIsAClearError() {
        #expect(throws: AlertRulesError.self) { try UIOptions.validate(UIOptions(alertPatterns: ["Escal(ation"])) }
        #expect((try? UIOptions.validate(UIOptions(alertPatterns: ["Cancellation", "Escal.*"]))) != nil)
    }
}

/// The help is generated from the table and scrolls when taller than the screen.
@Suite struct HelpTests {
    @Test func helpListsEveryBindingAndScrolls() {
        var state = Fixtures.state()
        state.press(.char("?"))
        var seen = Set<String>()
        for _ in 0..<30 {
            for line in state.screen.lines { seen.insert(line) }
            state.press(.char("j"))
        }
        #expect(state.showHelp)
        let all = seen.joined(separator: "\n")
        for binding in KeyBindings.active(replaying: false) { #expect(all.contains(binding.help), "\(binding.help)") }
        state.press(.char("x"))
        #expect(!state.showHelp)
    }
}

/// Changing the filter while paused keeps the reader's place.
@Suite struct FilterPlaceTests {
    @Test func filterWhilePausedKeepsThePlace() {
        var state = Fixtures.state(Fixtures.longCall(60))
        state.press(.pageUp, .pageUp)
        let before = state.screen.lines[2]
        state.press(.char("a"))
        let top = state.screen.lines[2]
        #expect(!state.follow)
        #expect(!top.contains("Turn number 0 "), "jumped to the start: \(top) (was \(before))")
    }
}
