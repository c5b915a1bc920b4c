import AWSClient
import ArgumentParser
import Foundation

/// Where and as whom to call the API. Secrets are never taken on the command line.
struct AWSOptions: ParsableArguments {
    @Option(help: ArgumentHelp("AWS region, e.g. us-east-1 (else AWS_REGION, AWS_DEFAULT_REGION, the profile's region).", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("Named profile from ~/.aws/config and ~/.aws/credentials (else AWS_PROFILE).", valueName: "name"))
    var profile: String?

    @Option(help: ArgumentHelp("Send requests here instead of https://contact-lens.<region>.amazonaws.com, e.g. http://127.0.0.1:8123 for `lenstail simulate`.", valueName: "url"))
    var endpointURL: String?

    @Flag(help: "Allow a plain http:// endpoint that is not on this machine (traffic and signatures unencrypted).")
    var allowInsecureEndpoint = false

    @Option(help: ArgumentHelp("Seconds to wait for one response before retrying.", valueName: "seconds"))
    var timeout: Double = 10

    func validate() throws {
        guard timeout > 0, timeout <= 300 else { throw ValidationError("--timeout must be between 0 and 300 seconds") }
    }

    /// Resolves credentials, region and endpoint into a client, or throws one clear line.
    func makeClient(environment: AWSEnvironment = .current) throws -> (ContactLensClient, source: String) {
        let region = try RegionResolver.resolve(flag: region, profile: profile, environment: environment).region
        let endpoint = try EndpointResolver.resolve(override: endpointURL, region: region,
                                                    environment: environment, allowInsecure: allowInsecureEndpoint)
        let chain = CachingCredentialProvider(CredentialChain(profile: profile, environment: environment, region: region))
        let client = ContactLensClient(endpoint: endpoint, region: region, credentials: chain,
                                       timeout: .milliseconds(Int(timeout * 1000)))
        return (client, endpoint.host.map { "\(region) (\($0))" } ?? region)
    }
}
