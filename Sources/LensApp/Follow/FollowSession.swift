import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensRecording
import LensSimulator
import LensUI

/// `lenstail follow` and `lenstail demo`: a live contact followed until its analysis completes.
package enum FollowSession {
    /// Follows a contact of a real instance (or of `--endpoint-url`).
    package static func follow(
        instanceId: String, contactId: String, aws: AWSSettings, poller: PollerConfiguration,
        output: OutputSettings, recordPath: String?, channel: ContactChannel = .voice,
        outputType: ChatOutputType = .raw, environment: AWSEnvironment = .current, console: Console = .standard
    ) async throws {
        let (router, client, place) = try aws.makeRouter(channel: channel, outputType: outputType, environment: environment)
        let source = try await AWSSettings.credentialSource(of: client)
        let session = SessionInfo(instanceId: instanceId, contactId: contactId, endpoint: place)
        try await follow(
            router, session: session, poller: poller, credentialSource: source, output: output, recordPath: recordPath,
            clock: client.service.clock, console: console)
    }

    /// The built-in call (or chat), played by the emulator and followed through the same client
    /// as a real contact.
    package static func demo(
        speed: Double, faults: FaultPlan, poller: PollerConfiguration, output: OutputSettings,
        recordPath: String?, chat: Bool = false, outputType: ChatOutputType = .raw, console: Console = .standard
    ) async throws {
        let scenario = Scenario(contacts: Scenario.demo.contacts + Scenario.chatDemo.contacts)
        try await DemoEmulator.run(scenario, speed: speed, faults: faults) { demo in
            let clients = demo.clients
            let router = ChannelRouter(
                channel: chat ? .chat : .voice, voice: clients.lens, chat: clients.chat, outputType: outputType)
            let session = SessionInfo(
                instanceId: DemoIdentity.instanceId, contactId: chat ? DemoIdentity.chatContactId : DemoIdentity.contactId,
                endpoint: clients.place)
            try await follow(
                router, session: session, poller: poller, credentialSource: DemoEmulator.credentialSource, output: output,
                recordPath: recordPath, clock: nil, console: console)
        }
    }

    /// The polling source for the session's contact, its pages recorded and logged when asked.
    private static func follow(
        _ router: ChannelRouter, session: SessionInfo, poller: PollerConfiguration, credentialSource: String?,
        output: OutputSettings, recordPath: String?, clock: ClockCorrection?, console: Console
    ) async throws {
        var session = session
        session.waitLimit = poller.maxWaitForAnalysis.seconds
        var follower = Follower(
            router: router, instanceId: session.instanceId, contactId: session.contactId, configuration: poller,
            credentialSource: credentialSource, recordingTo: try openRecording(recordPath))
        let log = try output.makeLog(session, clock: clock)
        if let log { follower.onPage = { request, page in log.page(request, page) } }
        try await FollowRunner.run(follower, session: session, output: output, log: log, console: console)
    }

    /// The `--record` file, open for appending; one clear line when it cannot be opened.
    static func openRecording(_ path: String?) throws -> RecordingWriter? {
        guard let path else { return nil }
        do { return try RecordingWriter(path: path) } catch { throw FatalError(error.message) }
    }
}
