import ContactLensModel
import LensEngine
import Testing

/// The replay runner: its stream is the follow's event stream, driven by the state above.
struct PlaybackControllerTests {
    @Test func instantReplayStreamsTheWholeCallThenFinishes() async {
        let controller = PlaybackController(schedule: PlaybackStateTests.schedule, speed: .instant)
        await controller.start()
        var store = TranscriptStore()
        var finished = false
        for await event in controller.events() {
            switch event {
            case .segments(let segments, _): store.apply(segments)
            case .finished: finished = true
            case .status, .failed, .leg: break
            }
        }
        #expect(finished)
        #expect(store.turns.map(\.id) == ["t0", "t1", "t2", "t3"])
        #expect(store.summary?.content == "done")
    }

    @Test func seekingBackRestartsTheConsumerWithTheCallSoFar() async {
        let controller = PlaybackController(schedule: PlaybackStateTests.schedule, speed: .times(1), holdAtEnd: true)
        await controller.start()
        await controller.pause()
        await controller.jumpToEnd()
        await controller.seek(to: 15_000)
        await controller.stop()
        var events: [String] = []
        for await event in controller.events() {
            switch event {
            case .segments(let segments, _): events.append("page \(segments.count)")
            case .status(.restarted): events.append("restart")
            case .finished: events.append("finished")
            case .status, .failed, .leg: break
            }
        }
        #expect(events == ["page 1", "page 5", "finished", "restart", "page 3"])
        let progress = await controller.progress
        #expect(progress.positionMillis == 15_000)
        #expect(progress.isPaused)
    }
}
