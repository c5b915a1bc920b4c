import AWSClient
import FoundationEssentials
import LensEngine

extension AWSSettings {
    /// Where a follow looks for a transfer: Amazon Connect's endpoint (the same `--endpoint-url`;
    /// else AWS_ENDPOINT_URL_CONNECT, else connect.{region}), with the voice client's credentials
    /// and offset to AWS's clock.
    package func makeTransferFinder(
        instanceId: String, sharing voice: ContactLensClient, environment: AWSEnvironment = .current
    ) throws -> TransferFinder {
        do {
            let endpoint = try EndpointResolver.resolve(
                .connect, override: endpointURL, region: voice.region, environment: environment,
                allowInsecure: allowInsecureEndpoint)
            let directory = ConnectDirectoryClient(
                endpoint: endpoint, region: voice.region, credentials: voice.credentials, timeout: timeout, now: now,
                clock: voice.service.clock)
            return TransferFinder(
                calls: TransferCalls(
                    connect: ConnectClient(service: directory.service), directory: directory, instanceId: instanceId))
        } catch {
            throw FatalError(String(describing: error))
        }
    }
}
