import AWSClient
import Foundation

extension ConnectionCheck {
    /// Where `check` asks STS who the credentials are: AWS_ENDPOINT_URL_STS when set; else a
    /// loopback `--endpoint-url`, which stands in for all of AWS (the emulator and moto answer STS
    /// at the same endpoint as the API); else AWS_ENDPOINT_URL, else sts.{region}. A remote
    /// `--endpoint-url` (a FIPS or private endpoint of the API) is not STS.
    func stsEndpoint(region: String) throws -> URL {
        let ignoreConfigured = environment.value("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")?.lowercased() == "true"
        let ownVariable = !ignoreConfigured && environment.value(AWSService.sts.endpointVariable) != nil
        let local = aws.endpointURL.flatMap { URLComponents(string: $0)?.host }.map(EndpointResolver.isLoopback) ?? false
        return try EndpointResolver.resolve(
            .sts, override: !ownVariable && local ? aws.endpointURL : nil, region: region, environment: environment,
            allowInsecure: aws.allowInsecureEndpoint)
    }
}
