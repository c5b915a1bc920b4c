import ContactLensModel
import FoundationEssentials
import LensEngine
import LensRecording
import LensUI

/// What `replay` keeps while it plays a call in the view: the controller (which holds the call's
/// schedule) and the view's header. The loaded pages are not kept: the schedule is made from
/// them and they go, so a call from S3 is held once by the schedule and once by the view.
package struct ReplayPlayer: Sendable {
    package let controller: PlaybackController
    package let session: SessionInfo

    /// `now` and `sleep` default to a ContinuousClock; benchmarks pass a clock that never waits.
    init(
        _ call: consuming LoadedCall, speed: PlaybackSpeed,
        now: (@Sendable () -> Duration)? = nil, sleep: (@Sendable (Duration) async throws -> Void)? = nil
    ) {
        // Held at the end, so the keys can still move back once the call has played.
        controller = PlaybackController(
            schedule: PlaybackSchedule(pages: call.pages.map(\.response)), speed: speed,
            holdAtEnd: true, complete: call.pages.last?.response.isLast ?? false, now: now, sleep: sleep)
        var session = SessionInfo(
            instanceId: call.instanceId ?? "?", contactId: call.contactId ?? "?",
            endpoint: "replay of \(call.origin)")
        session.postContact = call.postContact
        self.session = session
    }

    /// Loads the call from `source` and makes its player.
    package static func open(
        _ source: CallSource, aws: AWSSettings, fetch: FetchSettings, speed: PlaybackSpeed, console: Console = .standard,
        now: (@Sendable () -> Duration)? = nil, sleep: (@Sendable (Duration) async throws -> Void)? = nil
    ) async throws -> ReplayPlayer {
        ReplayPlayer(
            try await CallLoader.load(source, aws: aws, fetch: fetch, console: console), speed: speed, now: now, sleep: sleep)
    }
}
