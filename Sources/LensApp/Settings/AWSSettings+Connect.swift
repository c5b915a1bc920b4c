import AWSClient
import FoundationEssentials
import LensEngine

/// The clients of a polling wall, sharing credentials and the offset to AWS's clock: Contact Lens
/// for calls, the chat API and the floor (`connect.{region}…`, or AWS_ENDPOINT_URL_CONNECT) for
/// chats, discovery and names.
package struct WallClients: Sendable {
    package var lens: ContactLensClient
    package var chat: ChatSegmentsClient
    package var connect: ConnectDirectoryClient
    /// Where the segments come from, for the header.
    package var place: String

    package init(lens: ContactLensClient, chat: ChatSegmentsClient, connect: ConnectDirectoryClient, place: String) {
        self.lens = lens
        self.chat = chat
        self.connect = connect
        self.place = place
    }

    /// One wall request for a contact of `channel`, through the API of that channel.
    package var fetch: WallPoller.Fetch {
        let routers = WallChannelRouters(voice: lens, chat: chat)
        return { request, channel throws(ClientError) in try await routers.fetch(request, channel: channel) }
    }
}

extension AWSSettings {
    /// A wall's clients. `--endpoint-url` sends all of them to one place (the emulator serves all).
    package func makeWallClients(environment: AWSEnvironment = .current) throws -> WallClients {
        do {
            let region = try resolveRegion(environment).region
            let lensEndpoint = try resolveEndpoint(region: region, environment).url
            let connectEndpoint = try EndpointResolver.resolve(
                .connect, override: endpointURL, region: region, environment: environment,
                allowInsecure: allowInsecureEndpoint)
            let credentials = credentials(region: region, environment)
            let clock = ClockCorrection()
            return WallClients(
                lens: ContactLensClient(
                    endpoint: lensEndpoint, region: region, credentials: credentials, timeout: timeout, now: now, clock: clock),
                chat: ChatSegmentsClient(
                    endpoint: connectEndpoint, region: region, credentials: credentials, timeout: timeout, now: now, clock: clock),
                connect: ConnectDirectoryClient(
                    endpoint: connectEndpoint, region: region, credentials: credentials, timeout: timeout, now: now, clock: clock),
                place: lensEndpoint.host.map { "\(region) (\($0))" } ?? region)
        } catch {
            throw FatalError(String(describing: error))
        }
    }
}
