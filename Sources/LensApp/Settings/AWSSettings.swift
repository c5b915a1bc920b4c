import AWSClient
import ContactLensModel
import FoundationEssentials
import LensEngine

/// Where and as whom to call AWS, as the command line gave it. Secrets are never among them.
package struct AWSSettings: Sendable {
    package var region: String?
    package var profile: String?
    package var endpointURL: String?
    package var allowInsecureEndpoint: Bool
    /// The whole exchange of one request.
    package var timeout: Duration
    /// Asks for the code of a role's mfa_serial: on the terminal, before any view opens (the
    /// commands resolve credentials first). Tests answer with their own.
    package var mfaPrompt: (any MFAPrompt)? = TerminalMFAPrompt()
    /// This machine's clock; tests skew it.
    package var now: @Sendable () -> Date = Date.init

    package init(
        region: String? = nil, profile: String? = nil, endpointURL: String? = nil,
        allowInsecureEndpoint: Bool = false, timeout: Duration = .seconds(10)
    ) {
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
            let region = try resolveRegion(environment).region
            let endpoint = try resolveEndpoint(region: region, environment).url
            let client = ContactLensClient(
                endpoint: endpoint, region: region,
                credentials: credentials(region: region, environment), timeout: timeout, now: now)
            return (client, endpoint.host.map { "\(region) (\($0))" } ?? region)
        } catch {
            throw FatalError(String(describing: error))
        }
    }

    /// A follow's router: the voice client above, and a chat client for Amazon Connect's endpoint
    /// (the same `--endpoint-url`; else AWS_ENDPOINT_URL_CONNECT, else connect.{region}) sharing its clock.
    package func makeRouter(
        channel: ContactChannel, outputType: ChatOutputType, environment: AWSEnvironment = .current
    ) throws -> (router: ChannelRouter, voice: ContactLensClient, where: String) {
        let (voice, place) = try makeClient(environment: environment)
        do {
            let endpoint = try EndpointResolver.resolve(
                .connect, override: endpointURL, region: voice.region, environment: environment,
                allowInsecure: allowInsecureEndpoint)
            let chat = ChatSegmentsClient(
                endpoint: endpoint, region: voice.region, credentials: voice.credentials, timeout: timeout, now: now,
                clock: voice.service.clock)
            let shown = channel == .chat ? endpoint.host.map { "\(voice.region) (\($0))" } ?? place : place
            return (ChannelRouter(channel: channel, voice: voice, chat: chat, outputType: outputType), voice, shown)
        } catch {
            throw FatalError(String(describing: error))
        }
    }

    /// The region and where it came from ("--region", "AWS_REGION", "profile 'dev' in …").
    package func resolveRegion(_ environment: AWSEnvironment) throws -> (region: String, source: String) {
        try RegionResolver.resolve(flag: region, profile: profile, environment: environment)
    }

    /// The Contact Lens endpoint and where it came from.
    package func resolveEndpoint(region: String, _ environment: AWSEnvironment) throws -> (url: URL, source: String) {
        try EndpointResolver.resolveWithSource(
            override: endpointURL, region: region, environment: environment,
            allowInsecure: allowInsecureEndpoint)
    }

    /// The AWS CLI's credential chain for `region`, resolved once and kept until near expiry.
    package func credentials(region: String?, _ environment: AWSEnvironment) -> any CredentialProvider {
        CachingCredentialProvider(
            CredentialChain(
                profile: profile, environment: environment, region: region,
                mfaPrompt: mfaPrompt, now: now), now: now)
    }

    /// Where the client's credentials come from (never their values); resolving them first
    /// turns a broken setup into one line before anything else starts, and asks for an MFA
    /// code before the full-screen view takes the terminal.
    package static func credentialSource(of client: ContactLensClient) async throws -> String {
        do { return try await client.credentials.resolve().source } catch { throw FatalError(String(describing: error)) }
    }
}
