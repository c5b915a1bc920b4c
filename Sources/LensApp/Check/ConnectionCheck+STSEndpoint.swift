import AWSClient
import FoundationEssentials

extension ConnectionCheck {
    /// Where `check` asks STS who the credentials are (as listening in does: `AWSSettings.stsEndpoint`).
    func stsEndpoint(region: String) throws -> URL { try aws.stsEndpoint(region: region, environment) }
}
