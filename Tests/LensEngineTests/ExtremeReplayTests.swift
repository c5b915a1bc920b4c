import ContactLensModel
import Foundation
import LensEngine
import Testing

@testable import LensUI

/// A recording whose offsets are anywhere in Int's range plays, shows its progress and seeks
/// without trapping.
@Suite struct ExtremeReplayTests {
    static func call(end: Int) -> PlaybackSchedule {
        let turns = [0, end / 2, end].enumerated().map { index, at in
            Segment.transcript(
                Transcript(
                    id: "t\(index)", participantId: "A", participantRole: "AGENT", content: "x",
                    beginOffsetMillis: at, endOffsetMillis: at))
        }
        return PlaybackSchedule(pages: [ListSegmentsResponse(segments: turns)])
    }

    @Test(arguments: [Int.max, Int.max - 1, Int.max / 2, 1 << 53 + 1])
    func theReplayClockSaturates(end: Int) {
        let schedule = Self.call(end: end)
        #expect(schedule.lengthMillis == end)
        var state = PlaybackState(schedule: schedule, speed: .times(16), at: .zero)
        _ = state.advance(at: .seconds(1))
        #expect(state.nextWake(at: .seconds(1)) != nil)
        state.seek(to: Double(end), at: .seconds(2))
        let progress = state.progress(at: .seconds(3))
        #expect(progress.positionMillis <= end && progress.positionMillis > 0)
        _ = state.advance(at: .seconds(3))
        state.seek(by: -1e30, at: .seconds(4))
        #expect(state.progress(at: .seconds(4)).positionMillis == 0)
        state.setSpeed(.instant, at: .seconds(5))
        #expect(state.progress(at: .seconds(6)).positionMillis == end)
    }

    @Test(arguments: [Int.max, Int.max / 3])
    func theProgressLineDrawsAtAnyLength(length: Int) throws {
        var state = try AppState(
            session: SessionInfo(instanceId: "i", contactId: "c", endpoint: "e"), size: Size(width: 80, height: 20))
        let asOf = Date(timeIntervalSince1970: 1_800_000_000)
        state.replay = ReplayClock(
            positionMillis: length - 1, lengthMillis: length, asOf: asOf, factor: 16,
            speedLabel: "16×", isPaused: false)
        state.now = asOf.addingTimeInterval(1e9)
        let screen = render(state, size: state.size)
        #expect(screen.lines.contains { $0.contains("━") && $0.contains("16×") || $0.contains("end") })
        #expect(state.replay?.position(at: state.now) == length)
    }
}
