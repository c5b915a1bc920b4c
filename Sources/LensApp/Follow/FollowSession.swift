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
        let follower = Follower(
            router: router, instanceId: instanceId, contactId: contactId, configuration: poller,
            credentialSource: source, recordingTo: try openRecording(recordPath))
        let session = SessionInfo(instanceId: instanceId, contactId: contactId, endpoint: place)
        try await FollowRunner.run(
            follower.events(), session: session, output: output, console: console,
            clock: client.service.clock)
    }

    /// The built-in call, played by the emulator in-process over real HTTP and real SigV4 and
    /// followed through the same client as a real contact.
    package static func demo(
        speed: Double, faults: FaultPlan, poller: PollerConfiguration, output: OutputSettings,
        recordPath: String?, chat: Bool = false, outputType: ChatOutputType = .raw, console: Console = .standard
    ) async throws {
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: Scenario(contacts: Scenario.demo.contacts + Scenario.chatDemo.contacts), speed: speed, faults: faults,
                seed: .random(in: 0...UInt64.max), rateLimit: .serviceQuota))
        let port = try await simulator.start()
        let credentialSource = "the demo's built-in key"
        let endpoint = URL(string: "http://127.0.0.1:\(port)")!
        let credentials = StaticCredentialProvider(DemoIdentity.credentials, source: credentialSource)
        let client = ContactLensClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials)
        let chatClient = ChatSegmentsClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials)
        let contactId = chat ? DemoIdentity.chatContactId : DemoIdentity.contactId
        do {
            let router = ChannelRouter(channel: chat ? .chat : .voice, voice: client, chat: chatClient, outputType: outputType)
            let follower = Follower(
                router: router, instanceId: DemoIdentity.instanceId, contactId: contactId,
                configuration: poller, credentialSource: credentialSource,
                recordingTo: try openRecording(recordPath))
            let session = SessionInfo(
                instanceId: DemoIdentity.instanceId, contactId: contactId,
                endpoint: "demo emulator, 127.0.0.1:\(port)")
            try await FollowRunner.run(follower.events(), session: session, output: output, console: console)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }

    /// The `--record` file, open for appending; one clear line when it cannot be opened.
    static func openRecording(_ path: String?) throws -> RecordingWriter? {
        guard let path else { return nil }
        do { return try RecordingWriter(path: path) } catch { throw FatalError(error.message) }
    }
}
