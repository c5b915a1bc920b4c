import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensUI

/// The replay view: keys become player commands, a move back starts the call again, the progress
/// line follows the player's clock.
@Suite struct ReplayTests {
    static func clock(
        at position: Int, paused: Bool = false, factor: Double? = 2, asOf: Date = Fixtures.start.addingTimeInterval(42)
    ) -> ReplayClock {
        ReplayClock(
            positionMillis: position, lengthMillis: 40_000, asOf: asOf, factor: factor,
            speedLabel: factor.map { "\(Int($0))×" } ?? "instant", isPaused: paused)
    }

    static func replaying(at position: Int = 20_000, paused: Bool = false, turns: [Transcript] = Fixtures.liveTurns) -> AppState {
        var state = Fixtures.state(turns)
        _ = reduce(into: &state, .replay(clock(at: position, paused: paused)))
        return state
    }

    @Test func replayKeysSendPlayerCommands() {
        var state = Self.replaying()
        #expect(state.press(.char(" ")) == [.playback(.togglePause)])
        #expect(state.press(.left) == [.playback(.seek(seconds: -10))])
        #expect(state.press(.char("l")) == [.playback(.seek(seconds: 10))])
        #expect(state.press(.char(">")) == [.playback(.faster)])
        #expect(state.press(.char(",")) == [.playback(.slower)])
        #expect(state.press(.char("0")) == [.playback(.toStart)])
        #expect(state.press(.char("$")) == [.playback(.toEnd)])
    }

    @Test func aLiveFollowHasNoPlayerAndSpaceStillPagesDown() {
        var state = Fixtures.state(Fixtures.longCall(40))
        state.press(.char("g"))
        let top = state.anchor
        #expect(state.press(.char(" ")) == [.redraw])
        #expect(state.anchor != top, "Space paged down")
        for key: Key in [.left, .right, .char("<"), .char(">"), .char("0"), .char("$")] {
            #expect(!state.press(key).contains { if case .playback = $0 { true } else { false } })
        }
    }

    @Test func movingBackForgetsTheCallThenTakesItAgain() {
        var state = Self.replaying(turns: Fixtures.longCall(40))
        state.press(.char("k"))
        #expect(!state.follow)
        _ = reduce(into: &state, .engine(.status(.restarted(reason: "replay moved back to 0:10"))))
        #expect(state.store.turns.isEmpty && state.roleOrder.isEmpty && state.callMillis == 0)
        #expect(state.follow, "the view follows the replay again")
        _ = reduce(into: &state, Fixtures.page(Fixtures.liveTurns.prefix(2).map(Segment.transcript)))
        #expect(state.store.turns.map(\.id) == ["t1", "t2"])
        #expect(state.roleCounts == ["AGENT": 1, "CUSTOMER": 1])
    }

    /// A replay's turns come one by one: the view makes room for all of them when the replay
    /// begins, keeps it when a move back sends them again, and never grows by doubling (#21).
    @Test func aReplayMakesRoomForItsTurnsOnceAndKeepsIt() {
        let call = Fixtures.longCall(300)
        var state = Fixtures.state([])
        state.beginReplay(Self.clock(at: 0), turns: call.count)
        for turn in call { _ = reduce(into: &state, Fixtures.page([.transcript(turn)])) }
        #expect(state.store.turns.count == 300 && state.store.turns.capacity < 320, "room \(state.store.turns.capacity)")
        _ = reduce(into: &state, .engine(.status(.restarted(reason: "replay moved back to 0:00"))))
        // The call so far at once, then the rest one by one.
        _ = reduce(into: &state, Fixtures.page(call.prefix(100).map(Segment.transcript)))
        for turn in call.dropFirst(100) { _ = reduce(into: &state, Fixtures.page([.transcript(turn)])) }
        #expect(state.store.turns.count == 300 && state.store.turns.capacity < 320, "room \(state.store.turns.capacity)")
    }

    /// A live follow whose token was rejected keeps its turns: the pages that follow are merged.
    @Test func aLiveRestartKeepsTheTurns() {
        var state = Fixtures.state()
        _ = reduce(into: &state, .engine(.status(.restarted(reason: "InvalidRequestException"))))
        #expect(state.store.turns.count == Fixtures.liveTurns.count)
    }

    @Test func theClockMovesOnUnlessPaused() {
        let start = Fixtures.start
        let playing = Self.clock(at: 10_000, factor: 2, asOf: start)
        #expect(playing.position(at: start.addingTimeInterval(3)) == 16_000)
        #expect(playing.position(at: start.addingTimeInterval(100)) == 40_000, "stops at the end")
        #expect(playing.isAtEnd(at: start.addingTimeInterval(100)))
        #expect(Self.clock(at: 10_000, paused: true, asOf: start).position(at: start.addingTimeInterval(30)) == 10_000)
        #expect(Self.clock(at: 0, factor: nil, asOf: start).position(at: start) == 40_000, "instant is at the end at once")
        #expect(playing.position(at: start.addingTimeInterval(-0.9)) == 10_000, "a view clock a tick behind never moves it back")
    }

    @Test func ticksRedrawOnlyWhenTheShownSecondMoves() {
        var state = Self.replaying(at: 10_000)
        let asOf = Fixtures.start.addingTimeInterval(42)
        #expect(reduce(into: &state, .tick(asOf.addingTimeInterval(0.2))) == [], "still 0:10")
        #expect(reduce(into: &state, .tick(asOf.addingTimeInterval(0.6))) == [.redraw], "0:11 at 2×")
        _ = reduce(into: &state, .replay(Self.clock(at: 12_000, paused: true)))
        #expect(reduce(into: &state, .tick(asOf.addingTimeInterval(5))) == [], "paused: nothing moves")
    }

    @Test func theProgressLineShowsPositionLengthAndState() {
        var state = Self.replaying(at: 20_000)
        var text = state.screen.lines.joined(separator: "\n")
        #expect(text.contains("▶ 00:20"))
        #expect(text.contains("00:40 · 2×"))
        #expect(text.contains("▶ REPLAY 2×"))
        #expect(!text.contains("polled"), "a replay does not poll")
        _ = reduce(into: &state, .replay(Self.clock(at: 20_000, paused: true)))
        text = state.screen.lines.joined(separator: "\n")
        #expect(text.contains("‖ 00:20") && text.contains("paused · 2×") && text.contains("‖ PAUSED"))
        _ = reduce(into: &state, .replay(Self.clock(at: 40_000)))
        #expect(state.screen.lines.joined(separator: "\n").contains("■ 00:40"))
        // Reported between two ticks of the view's clock: at the end at once all the same.
        _ = reduce(into: &state, .replay(Self.clock(at: 40_000, asOf: state.now.addingTimeInterval(0.7))))
        #expect(state.screen.lines.joined(separator: "\n").contains("■ 00:40"))
    }

    @Test func saveAsksTheRunLoopAndItsAnswerShows() {
        var state = Fixtures.state()
        #expect(state.press(.char("w")) == [.saveView])
        _ = reduce(into: &state, .notice("wrote 6 turns to /tmp/x.md\u{1B}]0;owned\u{07}"))
        let text = state.screen.lines.joined(separator: "\n")
        #expect(text.contains("wrote 6 turns to /tmp/x.md"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func helpAndFooterShowReplayKeysOnlyWhenReplaying() {
        var live = Fixtures.state(size: Size(width: 120, height: 60))
        live.press(.char("?"))
        #expect(!live.screen.lines.joined().contains("Replay"))
        var replay = Self.replaying()
        replay.size = Size(width: 120, height: 60)
        #expect(replay.screen.lines.last?.contains("Space pause") == true)
        replay.press(.char("?"))
        let help = replay.screen.lines.joined(separator: "\n")
        #expect(help.contains("Replay") && help.contains("pause or resume the replay"))
    }
}
