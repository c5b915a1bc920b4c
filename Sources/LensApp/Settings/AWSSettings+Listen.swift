import AWSClient
import FoundationEssentials
import LensBasics

extension AWSSettings {
    /// The clients listening in needs: Amazon Connect (`--endpoint-url`, else
    /// AWS_ENDPOINT_URL_CONNECT, else connect.{region}), STS where `check` asks it, and the
    /// profile's `connect_user`.
    package func makeListenClients(
        instanceId: String, settings: ListenSettings, environment: AWSEnvironment = .current
    ) throws -> ListenClients {
        do {
            let region = try resolveRegion(environment).region
            let endpoint = try EndpointResolver.resolve(
                .connect, override: endpointURL, region: region, environment: environment,
                allowInsecure: allowInsecureEndpoint)
            let credentials = credentials(region: region, environment)
            let connect = ConnectClient(
                endpoint: endpoint, region: region, credentials: credentials, timeout: timeout, now: now)
            let sts = STSClient(endpoint: try stsEndpoint(region: region, environment), region: region, now: now)
            return ListenClients(
                connect: connect, sts: sts, instanceId: instanceId, settings: settings,
                profileUser: try connectUser(environment))
        } catch {
            throw FatalError(String(describing: error))
        }
    }

    /// `connect_user` in the profile, as the region is read from it.
    package func connectUser(_ environment: AWSEnvironment) throws -> (value: String, profile: String)? {
        let name = environment.profileName(explicit: profile)
        guard let user = try ProfileFiles(environment: environment).profile(name)?["connect_user"] else { return nil }
        let trimmed = user.trimmed()
        return trimmed.isEmpty ? nil : (trimmed, name)
    }

    /// AWS_ENDPOINT_URL_STS when set; else a loopback `--endpoint-url`, which stands in for all
    /// of AWS (the emulator and moto answer STS there too); else AWS_ENDPOINT_URL, else sts.{region}.
    package func stsEndpoint(region: String, _ environment: AWSEnvironment) throws -> URL {
        let ignoreConfigured = environment.value("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")?.lowercased() == "true"
        let ownVariable = !ignoreConfigured && environment.value(AWSService.sts.endpointVariable) != nil
        let local = endpointURL.flatMap { URLComponents(string: $0)?.host }.map(EndpointResolver.isLoopback) ?? false
        return try EndpointResolver.resolve(
            .sts, override: !ownVariable && local ? endpointURL : nil, region: region, environment: environment,
            allowInsecure: allowInsecureEndpoint)
    }
}
