import AWSClient
import Foundation

extension AWSSettings {
    /// Both clients of a wall, sharing credentials and the offset to AWS's clock: Contact Lens
    /// for the segments, Amazon Connect (`connect.{region}…`, or AWS_ENDPOINT_URL_CONNECT) for
    /// the floor and the names. `--endpoint-url` sends both to one place (the emulator serves both).
    package func makeWallClients(environment: AWSEnvironment = .current) throws
        -> (lens: ContactLensClient, connect: ConnectDirectoryClient, where: String)
    {
        do {
            let region = try resolveRegion(environment).region
            let lensEndpoint = try resolveEndpoint(region: region, environment).url
            let connectEndpoint = try EndpointResolver.resolve(
                .connect, override: endpointURL, region: region, environment: environment,
                allowInsecure: allowInsecureEndpoint)
            let credentials = credentials(region: region, environment)
            let clock = ClockCorrection()
            let lens = ContactLensClient(
                endpoint: lensEndpoint, region: region, credentials: credentials, timeout: timeout, now: now, clock: clock)
            let connect = ConnectDirectoryClient(
                endpoint: connectEndpoint, region: region, credentials: credentials, timeout: timeout, now: now, clock: clock)
            return (lens, connect, lensEndpoint.host.map { "\(region) (\($0))" } ?? region)
        } catch {
            throw FatalError(String(describing: error))
        }
    }
}
