import AWSClient
import Foundation

/// Where and as whom to call AWS, as the command line gave it. Secrets are never among them.
package struct AWSSettings: Sendable {
    package var region: String?
    package var profile: String?
    package var endpointURL: String?
    package var allowInsecureEndpoint: Bool
    /// The whole exchange of one request.
    package var timeout: Duration

    package init(region: String? = nil, profile: String? = nil, endpointURL: String? = nil,
                allowInsecureEndpoint: Bool = false, timeout: Duration = .seconds(10)) {
        self.region = region
        self.profile = profile
        self.endpointURL = endpointURL
        self.allowInsecureEndpoint = allowInsecureEndpoint
        self.timeout = timeout
    }

    /// Resolves credentials, region and endpoint into a client, or throws one clear line.
    /// `where` names the region and host for the view's header.
    package func makeClient(environment: AWSEnvironment = .current) throws -> (client: ContactLensClient, where: String) {
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
    package static func credentialSource(of client: ContactLensClient) async throws -> String {
        do { return try await client.credentials.resolve().source } catch { throw FatalError(String(describing: error)) }
    }
}
