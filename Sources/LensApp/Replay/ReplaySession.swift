import ContactLensModel
import FoundationEssentials
import LensEngine
import LensRecording
import LensUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lenstail replay`: a recorded or finished call played again, on its own clock in the view,
/// or all at once as a stream.
package enum ReplaySession {
    package static func run(
        _ source: CallSource, aws: AWSSettings, fetch: FetchSettings, speed: PlaybackSpeed,
        output: OutputSettings, console: Console = .standard
    ) async throws {
        let streams = output.format != nil || isatty(STDOUT_FILENO) != 1
        let call = try await CallLoader.load(source, aws: aws, fetch: fetch, legs: streams, console: console)
        guard !streams else {
            // Not a terminal: the whole call at once, exactly as a follow would have printed it.
            return try await FollowRunner.printLines(
                RecordedCallSource(pages: call.pages, legs: call.legs).events(), format: output.format ?? .text,
                alerts: output.ui.alertPatterns, contactId: call.contactId, console: console)
        }
        // Held at the end, so the keys can still move back once the call has played.
        let controller = PlaybackController(
            schedule: PlaybackSchedule(pages: call.pages.map(\.response)), speed: speed,
            holdAtEnd: true, complete: call.pages.last?.response.isLast ?? false)
        await controller.start()
        let (link, relay) = await PlayerLink.connect(controller)
        defer { relay.cancel() }
        var session = SessionInfo(
            instanceId: call.instanceId ?? "?", contactId: call.contactId ?? "?",
            endpoint: "replay of \(call.origin)")
        session.postContact = call.postContact
        try await FollowRunner.run(
            controller, session: session, output: output, log: try output.makeLog(session), replay: link, console: console)
        await controller.stop()
    }
}
