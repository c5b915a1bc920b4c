import AWSClient
import FoundationEssentials

extension AWSSettings {
    /// The clients that open a contact from its analysis file: Amazon Connect (DescribeContact,
    /// ListInstanceStorageConfigs; `--endpoint-url`, else AWS_ENDPOINT_URL_CONNECT, else
    /// connect.{region}) and S3 (`--endpoint-url`, else AWS_ENDPOINT_URL_S3, path style; else the
    /// bucket's own host on AWS), sharing credentials and the offset to AWS's clock.
    package func makeLookBackClients(environment: AWSEnvironment = .current) throws -> (connect: ConnectClient, s3: S3Client) {
        let connect: ConnectClient
        do {
            let region = try resolveRegion(environment).region
            let connectEndpoint = try EndpointResolver.resolve(
                .connect, override: endpointURL, region: region, environment: environment, allowInsecure: allowInsecureEndpoint)
            connect = ConnectClient(
                endpoint: connectEndpoint, region: region, credentials: credentials(region: region, environment),
                timeout: timeout, now: now, clock: ClockCorrection())
        } catch {
            throw FatalError(String(describing: error))
        }
        return (connect, try makeS3Client(sharing: connect.service, environment: environment))
    }

    /// An S3 client in the region, with the credentials and the clock offset of `service` (a
    /// search's Amazon Connect client opens a contact's file with the same identity).
    package func makeS3Client(sharing service: AWSServiceClient, environment: AWSEnvironment = .current) throws -> S3Client {
        do {
            let s3Endpoint = try EndpointResolver.configuredEndpoint(
                .s3, override: endpointURL, environment: environment, allowInsecure: allowInsecureEndpoint)
            return S3Client(
                region: service.region, configuredEndpoint: s3Endpoint?.url, credentials: service.credentials,
                transport: AWSTransport(timeout: timeout, maxResponseBytes: AnalysisFileSettings.defaultMaxBytes), now: now,
                clock: service.clock)
        } catch {
            throw FatalError(String(describing: error))
        }
    }
}
