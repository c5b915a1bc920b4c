import AWSClient
import FoundationEssentials

extension AWSSettings {
    /// A Kinesis client for `stream`: the region from --region, else the ARN's, else the usual
    /// chain; the endpoint from --endpoint-url, AWS_ENDPOINT_URL_KINESIS, AWS_ENDPOINT_URL, or
    /// https://kinesis.{region}.amazonaws.com. One clear line when something is missing.
    /// The region of a Kinesis at `--endpoint-url` when nothing else names one.
    package static let localRegion = "us-east-1"

    package func makeKinesisClient(for stream: KinesisStream, environment: AWSEnvironment = .current) throws
        -> (client: KinesisClient, where: String)
    {
        do {
            // simulate --to-kinesis and the readers share one rule, so a local Kinesis (moto) is
            // written and read in the same region when none is given.
            let region = try RegionResolver.resolve(
                flag: region ?? stream.region, profile: profile, environment: environment,
                fallback: endpointURL == nil ? nil : (Self.localRegion, "the default with --endpoint-url")
            ).region
            let endpoint = try EndpointResolver.resolve(
                .kinesis, override: endpointURL, region: region,
                environment: environment, allowInsecure: allowInsecureEndpoint)
            let chain = CachingCredentialProvider(CredentialChain(profile: profile, environment: environment, region: region))
            let client = KinesisClient(endpoint: endpoint, region: region, credentials: chain, timeout: timeout)
            return (client, endpoint.host.map { "\(region) (\($0))" } ?? region)
        } catch {
            throw FatalError(String(describing: error))
        }
    }

    /// Where the Kinesis client's credentials come from (never their values).
    package static func credentialSource(of client: KinesisClient) async throws -> String {
        do { return try await client.credentials.resolve().source } catch { throw FatalError(String(describing: error)) }
    }
}
