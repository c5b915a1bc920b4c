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
        guard output.format == nil, isatty(STDOUT_FILENO) == 1 else {
            // Not a terminal: the whole call at once, exactly as a follow would have printed it.
            let call = try await CallLoader.load(source, aws: aws, fetch: fetch, legs: true, console: console)
            return try await FollowRunner.printLines(
                RecordedCallSource(pages: call.pages, legs: call.legs).events(), format: output.format ?? .text,
                alerts: output.ui.alertPatterns, contactId: call.contactId, console: console)
        }
        let player = try await ReplayPlayer.open(source, aws: aws, fetch: fetch, speed: speed, console: console)
        let controller = player.controller
        await controller.start()
        let (link, relay) = await PlayerLink.connect(controller)
        defer { relay.cancel() }
        try await FollowRunner.run(
            controller, session: player.session, output: output, log: try output.makeLog(player.session), replay: link,
            console: console)
        await controller.stop()
    }
}
