import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensUI

/// Every view as text plus a style map; re-record with LENSTAIL_RECORD=1.
@Suite struct SnapshotTests {
    @Test func emptyCall() {
        var state = try! AppState(session: Fixtures.session, size: Size(width: 80, height: 14), now: Fixtures.start)
        assertSnapshot(state.screen, named: "empty-call")
        _ = reduce(into: &state, .engine(.finished))
        assertSnapshot(state.screen, named: "empty-call-completed")
    }

    @Test func liveCall() {
        assertSnapshot(Fixtures.state().screen, named: "live-call")
    }

    @Test func liveCallNarrowWithPanelBelow() {
        assertSnapshot(Fixtures.state(size: Size(width: 60, height: 24)).screen, named: "live-call-narrow")
    }

    @Test func filtered() {
        var state = Fixtures.state()
        state.press(.char("c"))
        assertSnapshot(state.screen, named: "filtered-customer")
    }

    @Test func searching() {
        var state = Fixtures.state()
        state.press(.char("/"), .char("l"), .char("i"), .char("n"), .char("E"))
        assertSnapshot(state.screen, named: "search-typing")
        state.press(.enter)
        assertSnapshot(state.screen, named: "search-results")
    }

    @Test func help() {
        var state = Fixtures.state()
        state.press(.char("?"))
        assertSnapshot(state.screen, named: "help")
    }

    @Test func tinyTerminal() {
        var state = Fixtures.state()
        _ = reduce(into: &state, .resize(Size(width: 30, height: 8)))
        assertSnapshot(state.screen, named: "tiny-terminal")
    }

    @Test func pausedWithNewTurns() {
        var state = Fixtures.state(Fixtures.longCall(30))
        state.press(.pageUp)
        _ = reduce(into: &state, Fixtures.page([.transcript(Fixtures.turn(900, "AGENT", "new", at: 900))]))
        assertSnapshot(state.screen, named: "paused-new-turns")
    }

    @Test func wideText() {
        let turns = [
            Fixtures.turn(1, "AGENT", "こんにちは、サポートセンターです。ご用件をお伺いします。全角ＡＢＣ１２３も正しく折り返します。", at: 1),
            Fixtures.turn(
                2, "CUSTOMER", "Emoji 👍🏽 and family 👨‍👩‍👧 and flag 🇯🇵, café with e\u{301} combining, 한국어 텍스트도 있어요.", at: 8,
                sentiment: .positive, issues: [IssueDetected(6, 10)]),
            Fixtures.turn(3, "SUPERVISOR", "Joining the call: 中文中文中文中文中文中文中文中文中文中文中文中文", at: 3700, sentiment: .negative),
        ]
        assertSnapshot(Fixtures.state(turns, categories: nil, size: Size(width: 48, height: 20)).screen, named: "wide-text")
    }

    @Test func hostileText() {
        let turns = [
            Fixtures.turn(
                1, "AGENT\u{1B}[31m",
                "Title \u{1B}]0;owned\u{07}change, clear \u{1B}[2J\u{1B}[H screen, bell\u{07}, C1 \u{9B}31m csi, \u{202E}reversed\u{202C} text\ttab\r\nnewline",
                at: 1),
            Fixtures.turn(
                2, "CUSTOMER", "DCS \u{1B}P+q544e\u{1B}\\ and alt screen \u{1B}[?1049l and a lone \u{1B}", at: 5,
                sentiment: .negative),
        ]
        let categories = Categories(matchedCategories: ["Bad\u{1B}]2;x\u{07}Name"], matchedDetails: [:])
        let screen = Fixtures.state(turns, categories: categories).screen
        #expect(
            !screen.cells.contains {
                $0.text.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value)
                }
            })
        assertSnapshot(screen, named: "hostile-text")
    }

    @Test func completedWithSummary() {
        var state = Fixtures.state()
        _ = reduce(
            into: &state,
            Fixtures.page([
                .summary(
                    PostContactSummary(
                        content:
                            "The customer reported evening outages and asked to cancel. The agent found line errors and booked a technician for tomorrow; the customer accepted.",
                        status: .completed))
            ]))
        _ = reduce(into: &state, .engine(.finished))
        assertSnapshot(state.screen, named: "completed-summary")
    }

    @Test func failedSummary() {
        var state = Fixtures.state()
        _ = reduce(
            into: &state,
            Fixtures.page([.summary(PostContactSummary(status: .failed, failureCode: .insufficientConversationContent))]))
        _ = reduce(into: &state, .engine(.finished))
        let screen = state.screen
        #expect(screen.lines.joined(separator: " ").contains("FAILED · INSUFFICIENT_CONVERSATION_CONTENT"))
        #expect(screen.lines.joined(separator: " ").contains("the conversation needs at least one"))
        assertSnapshot(screen, named: "failed-summary")
    }

    @Test func longCallPastAnHour() {
        let turns = (0..<8).map {
            Fixtures.turn($0, $0 % 2 == 0 ? "AGENT" : "CUSTOMER", "Still talking after an hour.", at: 3590 + $0 * 10)
        }
        assertSnapshot(Fixtures.state(turns, categories: nil, size: Size(width: 80, height: 16)).screen, named: "past-an-hour")
    }

    @Test func replay() {
        var state = Fixtures.state()
        _ = reduce(into: &state, .replay(ReplayTests.clock(at: 20_000)))
        assertSnapshot(state.screen, named: "replay-playing")
        _ = reduce(into: &state, .replay(ReplayTests.clock(at: 25_000, paused: true)))
        assertSnapshot(state.screen, named: "replay-paused")
    }
}
