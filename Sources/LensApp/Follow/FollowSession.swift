import AWSClient
import ContactLensModel
import FoundationEssentials
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
        outputType: ChatOutputType = .raw, transfers: TransferSettings = TransferSettings(),
        listen: ListenSettings = ListenSettings(),
        environment: AWSEnvironment = .current, console: Console = .standard
    ) async throws {
        let (router, client, place) = try aws.makeRouter(channel: channel, outputType: outputType, environment: environment)
        let source = try await AWSSettings.credentialSource(of: client)
        let session = SessionInfo(instanceId: instanceId, contactId: contactId, endpoint: place)
        let finder =
            transfers.followsTransfers
            ? try aws.makeTransferFinder(instanceId: instanceId, sharing: client, environment: environment) : nil
        let actions = ContactActions(
            try aws.makeListenClients(instanceId: instanceId, settings: listen, environment: environment))
        try await follow(
            router, session: session, poller: poller, credentialSource: source, output: output, recordPath: recordPath,
            clock: client.service.clock, finder: finder, actions: actions, console: console)
    }

    /// The built-in call (or chat), played by the emulator and followed through the same client
    /// as a real contact.
    /// With `transfer`, the wall demo's escalating call, which Sam transfers to Frank on the
    /// Retention queue: followed across the transfer unless `transfers` says not to.
    package static func demo(
        speed: Double, faults: FaultPlan, poller: PollerConfiguration, output: OutputSettings,
        recordPath: String?, chat: Bool = false, outputType: ChatOutputType = .raw, transfer: Bool = false,
        transfers: TransferSettings = TransferSettings(), listen: ListenSettings = ListenSettings(),
        console: Console = .standard
    ) async throws {
        let scenario = transfer ? Scenario.wallDemo : Scenario(contacts: Scenario.demo.contacts + Scenario.chatDemo.contacts)
        try await DemoEmulator.run(scenario, speed: speed, faults: faults) { demo in
            let clients = demo.clients
            let router = ChannelRouter(
                channel: chat ? .chat : .voice, voice: clients.lens, chat: clients.chat, outputType: outputType)
            let contactId =
                transfer ? Scenario.wallEscalatingContactId : chat ? DemoIdentity.chatContactId : DemoIdentity.contactId
            let session = SessionInfo(instanceId: DemoIdentity.instanceId, contactId: contactId, endpoint: clients.place)
            let finder =
                transfers.followsTransfers
                ? TransferFinder(
                    calls: TransferCalls(
                        connect: ConnectClient(service: clients.connect.service), directory: clients.connect,
                        instanceId: DemoIdentity.instanceId)) : nil
            try await follow(
                router, session: session, poller: poller, credentialSource: DemoEmulator.credentialSource, output: output,
                recordPath: recordPath, clock: nil, finder: finder, actions: ContactActions(demo.listenClients(listen)),
                console: console)
        }
    }

    /// The polling source for the session's contact and, with a finder, for each contact a
    /// transfer makes after it; pages recorded and logged when asked.
    private static func follow(
        _ router: ChannelRouter, session: SessionInfo, poller: PollerConfiguration, credentialSource: String?,
        output: OutputSettings, recordPath: String?, clock: ClockCorrection?, finder: TransferFinder?, actions: ContactActions,
        console: Console
    ) async throws {
        var waiting = session
        waiting.waitLimit = poller.maxWaitForAnalysis.seconds
        let session = waiting
        let writer = try openRecording(recordPath)
        let log = try output.makeLog(session, clock: clock)
        let chain = TransferChain(contactId: session.contactId, finder: finder, recordingTo: writer) { contactId, transfer in
            var follower = Follower(
                router: transfer == nil ? router : router.fresh(), instanceId: session.instanceId, contactId: contactId,
                configuration: transfer == nil ? poller : TransferSettings.legPoller(poller),
                credentialSource: credentialSource, recordingTo: writer)
            if let log { follower.onPage = { request, page in log.page(request, page) } }
            return .polling(follower)
        }
        try await FollowRunner.run(chain, session: session, output: output, log: log, actions: actions, console: console)
    }

    /// The `--record` file, open for appending; one clear line when it cannot be opened.
    static func openRecording(_ path: String?) throws -> RecordingWriter? {
        guard let path else { return nil }
        do { return try RecordingWriter(path: path) } catch { throw FatalError(error.message) }
    }
}
