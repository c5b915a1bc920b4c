import AWSClient
import Foundation

extension AWSSettings {
    /// The clients that open a contact from its analysis file: Amazon Connect (DescribeContact,
    /// ListInstanceStorageConfigs; `--endpoint-url`, else AWS_ENDPOINT_URL_CONNECT, else
    /// connect.{region}) and S3 (`--endpoint-url`, else AWS_ENDPOINT_URL_S3, path style; else the
    /// bucket's own host on AWS), sharing credentials and the offset to AWS's clock.
    package func makeLookBackClients(environment: AWSEnvironment = .current) throws -> (connect: ConnectClient, s3: S3Client) {
        do {
            let region = try resolveRegion(environment).region
            let connectEndpoint = try EndpointResolver.resolve(
                .connect, override: endpointURL, region: region, environment: environment, allowInsecure: allowInsecureEndpoint)
            let s3Endpoint = try EndpointResolver.configuredEndpoint(
                .s3, override: endpointURL, environment: environment, allowInsecure: allowInsecureEndpoint)
            let credentials = credentials(region: region, environment)
            let clock = ClockCorrection()
            let connect = ConnectClient(
                endpoint: connectEndpoint, region: region, credentials: credentials, timeout: timeout, now: now, clock: clock)
            let s3 = S3Client(
                region: region, configuredEndpoint: s3Endpoint?.url, credentials: credentials,
                transport: AWSTransport(timeout: timeout, maxResponseBytes: AnalysisFileSettings.defaultMaxBytes), now: now,
                clock: clock)
            return (connect, s3)
        } catch {
            throw FatalError(String(describing: error))
        }
    }
}
