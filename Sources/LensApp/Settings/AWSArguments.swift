/// Where and as whom to call AWS, as typed (`--region`, `--profile`, `--endpoint-url`,
/// `--allow-insecure-endpoint`, `--timeout` in seconds), before it is checked.
package struct AWSArguments: Sendable, Hashable {
    package var region: String?
    package var profile: String?
    package var endpointURL: String?
    package var allowInsecureEndpoint: Bool
    package var timeout: Double

    package init(
        region: String? = nil, profile: String? = nil, endpointURL: String? = nil, allowInsecureEndpoint: Bool = false,
        timeout: Double = 10
    ) {
        self.region = region
        self.profile = profile
        self.endpointURL = endpointURL
        self.allowInsecureEndpoint = allowInsecureEndpoint
        self.timeout = timeout
    }

    /// The settings, or the rule the timeout breaks (checked before it becomes a `Duration`).
    package func settings() throws(UsageError) -> AWSSettings {
        guard timeout > 0, timeout <= 300 else { throw UsageError("--timeout must be between 0 and 300 seconds") }
        return AWSSettings(
            region: region, profile: profile, endpointURL: endpointURL, allowInsecureEndpoint: allowInsecureEndpoint,
            timeout: .milliseconds(Int(timeout * 1000)))
    }
}
