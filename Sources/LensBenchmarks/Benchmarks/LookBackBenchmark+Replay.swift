import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensApp
import LensEngine
import LensSimulator
import LensUI
import Synchronization

/// `replay --from-s3` as the command plays it, for `LensBenchmarks lookback`'s memory figures.
extension LookBackBenchmark {
    /// In a fresh process: what `replay --from-s3` on a terminal holds once the whole call has
    /// played, made as the command makes it (its player, then the view fed one step of the replay
    /// at a time, as it plays at 1×, on a clock that never waits). Malloc's count, after one
    /// replay made and dropped (so the clients' caches are not counted); the median of 3.
    static func replayHeld(_ endpoint: URL) async throws -> (held: Int, playing: Int) {
        setenv("AWS_ACCESS_KEY_ID", DemoIdentity.credentials.accessKeyId, 1)
        setenv("AWS_SECRET_ACCESS_KEY", DemoIdentity.credentials.secretAccessKey, 1)
        setenv("AWS_CONFIG_FILE", "/dev/null", 1)
        setenv("AWS_SHARED_CREDENTIALS_FILE", "/dev/null", 1)
        let aws = AWSSettings(region: DemoIdentity.region, endpointURL: endpoint.absoluteString, allowInsecureEndpoint: true)
        let source = CallSource.s3(
            instanceId: DemoIdentity.instanceId, contactId: Corpus.contactId, settings: AnalysisFileSettings())
        withExtendedLifetime(try await play(source, aws: aws)) {}
        var (held, playing): ([Int], [Int]) = ([], [])
        for _ in 0..<3 {
            let before = MallocInfo.inUse()
            let played = try await play(source, aws: aws)
            held.append(MallocInfo.inUse() - before)
            playing.append(played.beforeEnd - before)
            withExtendedLifetime(played) {}
        }
        return (held.sorted()[1], playing.sorted()[1])
    }

    /// The call played to its end through `replay`'s player into the view, and its last frame
    /// drawn; and malloc's count as the last step came, before the view heard the call was over.
    static func play(_ source: CallSource, aws: AWSSettings) async throws -> (
        player: ReplayPlayer, state: AppState, beforeEnd: Int
    ) {
        let clock = ClockThatNeverWaits()
        let player = try await ReplayPlayer.open(
            source, aws: aws, fetch: FetchSettings(), speed: .times(1), now: clock.now, sleep: clock.sleep)
        var state = AppState(session: player.session, alerts: .none, size: CallState.size, now: Date())
        state.showPanel = true
        let progress = await player.controller.progress
        let replayClock = ReplayClock(
            positionMillis: 0, lengthMillis: progress.lengthMillis, asOf: Date(), factor: 1, speedLabel: "1×", isPaused: false)
        state.beginReplay(replayClock, turns: player.controller.turnCount)
        await player.controller.start()
        var beforeEnd = 0
        for await event in player.controller.events() {
            if case .finished = event { beforeEnd = MallocInfo.inUse() }
            _ = reduce(into: &state, .engine(event))
            if case .finished = event { break }
        }
        _ = render(state, size: CallState.size)
        await player.controller.stop()
        return (player, state, beforeEnd)
    }
}

/// A replay's clock for a benchmark: a sleep moves it on at once.
private final class ClockThatNeverWaits: Sendable {
    private let micros = Atomic<Int>(0)

    var now: @Sendable () -> Duration { { [self] in .microseconds(micros.load(ordering: .relaxed)) } }
    var sleep: @Sendable (Duration) async throws -> Void {
        { [self] wait in
            micros.add(Int(wait / .microseconds(1)), ordering: .relaxed)
            await Task.yield()
        }
    }
}
