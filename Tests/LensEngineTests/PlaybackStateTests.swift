import ContactLensModel
import LensEngine
import TestSupport
import Testing

/// Replay timing on injected time: the call's own clock, speed, pause, seeking.
struct PlaybackStateTests {
    /// Turns at 0, 10, 20 and 30 s (each 5 s long), a category at 12 s, the summary at the end.
    static let schedule: PlaybackSchedule = {
        var segments = (0..<4).map { index in
            Segment.transcript(
                Transcript(
                    id: "t\(index)", participantId: "AGENT", participantRole: "AGENT",
                    content: "turn \(index)", beginOffsetMillis: index * 10_000,
                    endOffsetMillis: index * 10_000 + 5_000))
        }
        let point = PointOfInterest(beginOffsetMillis: 12_000, endOffsetMillis: 14_000)
        segments.append(
            .categories(
                Categories(
                    matchedCategories: ["Billing"],
                    matchedDetails: ["Billing": CategoryDetails(pointsOfInterest: [point])])))
        segments.append(.summary(PostContactSummary(content: "done", status: .completed)))
        return PlaybackSchedule(pages: [ListSegmentsResponse(segments: segments)])
    }()

    static func ids(_ step: PlaybackStep) -> [String] {
        step.segments.map { $0.transcript?.id ?? ($0.categories != nil ? "cat" : "summary") }
    }

    @Test func itemsFollowTheCallsOwnClock() {
        #expect(Self.schedule.lengthMillis == 35_000)
        #expect(Self.schedule.items.map(\.atMillis) == [0, 10_000, 12_000, 20_000, 30_000, 35_000])
        var state = PlaybackState(schedule: Self.schedule, speed: .times(1), at: .zero)
        #expect(Self.ids(state.advance(at: .zero)) == ["t0"])
        #expect(state.nextWake(at: .zero) == .seconds(10))
        #expect(Self.ids(state.advance(at: .seconds(9.999))) == [])
        #expect(Self.ids(state.advance(at: .seconds(12))) == ["t1", "cat"])
        let end = state.advance(at: .seconds(35))
        #expect(Self.ids(end) == ["t2", "t3", "summary"])
        #expect(end.reachedEnd)
        #expect(state.nextWake(at: .seconds(35)) == nil)
        #expect(!state.advance(at: .seconds(40)).reachedEnd, "the end is reported once")
    }

    @Test func speedScalesTheClockFromTheMomentItChanges() {
        var state = PlaybackState(schedule: Self.schedule, speed: .times(1), at: .zero)
        _ = state.advance(at: .seconds(5))
        state.setSpeed(.times(4), at: .seconds(5))
        // 5 s of call at 1×, then 5 s of wall time at 4× = 25 s of call.
        #expect(state.position(at: .seconds(10)) == 25_000)
        #expect(Self.ids(state.advance(at: .seconds(10))) == ["t1", "cat", "t2"])
        #expect(state.nextWake(at: .seconds(10)) == .milliseconds(1250))
        state.setSpeed(.times(0.5), at: .seconds(10))
        #expect(state.position(at: .seconds(12)) == 26_000)
    }

    @Test func pauseHoldsThePositionAndResumeContinuesFromIt() {
        var state = PlaybackState(schedule: Self.schedule, speed: .times(2), at: .zero)
        state.pause(at: .seconds(3))
        #expect(state.position(at: .seconds(100)) == 6_000)
        #expect(state.nextWake(at: .seconds(100)) == nil)
        #expect(state.progress(at: .seconds(100)).isPaused)
        state.resume(at: .seconds(100))
        #expect(state.position(at: .seconds(102)) == 10_000)
        #expect(Self.ids(state.advance(at: .seconds(102))) == ["t0", "t1"])
    }

    @Test func seekingForwardDeliversWhatWasSkippedAndBackwardRestarts() {
        var state = PlaybackState(schedule: Self.schedule, speed: .times(1), at: .zero)
        _ = state.advance(at: .zero)
        state.seek(by: 21_000, at: .seconds(1))
        let forward = state.advance(at: .seconds(1))
        #expect(!forward.restart)
        #expect(Self.ids(forward) == ["t1", "cat", "t2"])
        state.seek(by: -15_000, at: .seconds(1))
        let back = state.advance(at: .seconds(1))
        #expect(back.restart, "the consumer starts over")
        #expect(Self.ids(back) == ["t0"], "the whole call up to 7 s")
        #expect(state.position(at: .seconds(1)) == 7_000)
        state.seek(to: -5, at: .seconds(2))
        #expect(state.position(at: .seconds(2)) == 0)
        state.seek(to: 1_000_000, at: .seconds(2))
        let end = state.advance(at: .seconds(2))
        #expect(end.reachedEnd)
        #expect(state.progress(at: .seconds(2)).positionMillis == 35_000)
        state.seek(to: 0, at: .seconds(3))
        #expect(state.advance(at: .seconds(3)).restart)
        #expect(state.nextWake(at: .seconds(3)) == .seconds(10), "playing again after a jump to the start")
    }

    @Test func instantDeliversTheWholeCallAtOnce() {
        var state = PlaybackState(schedule: Self.schedule, speed: .instant, at: .zero)
        let step = state.advance(at: .zero)
        #expect(step.segments.count == Self.schedule.items.count)
        #expect(step.reachedEnd)
    }

    @Test func speedsParseAndStep() {
        #expect(PlaybackSpeed(argument: "instant") == .instant)
        #expect(PlaybackSpeed(argument: "2") == .times(2))
        #expect(PlaybackSpeed(argument: "0.5x") == .times(0.5))
        // One range for demo, replay and simulate.
        #expect(PlaybackSpeed(argument: "1000") == .times(1000) && PlaybackSpeed(argument: "0.1") == .times(0.1))
        #expect(PlaybackSpeed(argument: "1001") == nil && PlaybackSpeed(argument: "0.09") == nil)
        #expect(PlaybackSpeed(argument: "inf") == nil && PlaybackSpeed(argument: "0") == nil)
        #expect(PlaybackSpeed.times(100).faster == .instant && PlaybackSpeed.times(100).slower == .times(16))
        #expect(PlaybackSpeed.times(0.2).slower == .times(0.2))
        #expect(PlaybackSpeed.times(1).faster == .times(2))
        #expect(PlaybackSpeed.times(16).faster == .instant)
        #expect(PlaybackSpeed.instant.slower == .times(16))
        #expect(PlaybackSpeed.times(0.5).slower == .times(0.5))
        #expect(PlaybackSpeed.times(3).slower == .times(2))
    }
}
