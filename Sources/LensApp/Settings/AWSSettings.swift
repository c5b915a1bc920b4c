import AWSClient
import Foundation

/// Where and as whom to call AWS, as the command line gave it. Secrets are never among them.
public struct AWSSettings: Sendable {
    public var region: String?
    public var profile: String?
    public var endpointURL: String?
    public var allowInsecureEndpoint: Bool
    /// The whole exchange of one request.
    public var timeout: Duration

    public init(region: String? = nil, profile: String? = nil, endpointURL: String? = nil,
                allowInsecureEndpoint: Bool = false, timeout: Duration = .seconds(10)) {
        self.region = region
        self.profile = profile
        self.endpointURL = endpointURL
        self.allowInsecureEndpoint = allowInsecureEndpoint
        self.timeout = timeout
    }

    /// Resolves credentials, region and endpoint into a client, or throws one clear line.
    /// `where` names the region and host for the view's header.
    public func makeClient(environment: AWSEnvironment = .current) throws -> (client: ContactLensClient, where: String) {
        do {
            let region = try RegionResolver.resolve(flag: region, profile: profile, environment: environment).region
            let endpoint = try EndpointResolver.resolve(override: endpointURL, region: region,
                                                        environment: environment, allowInsecure: allowInsecureEndpoint)
            let chain = CachingCredentialProvider(CredentialChain(profile: profile, environment: environment, region: region))
            let client = ContactLensClient(endpoint: endpoint, region: region, credentials: chain, timeout: timeout)
            return (client, endpoint.host.map { "\(region) (\($0))" } ?? region)
        } catch {
            throw FatalError(String(describing: error))
        }
    }

    /// Where the client's credentials come from (never their values); resolving them first
    /// turns a broken setup into one line before anything else starts.
    public static func credentialSource(of client: ContactLensClient) async throws -> String {
        do { return try await client.credentials.resolve().source } catch { throw FatalError(String(describing: error)) }
    }
}
