import ArgumentParser
import LensApp

/// Where and as whom to call the API. Secrets are never taken on the command line.
struct AWSOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "AWS region, e.g. us-east-1 (else AWS_REGION, AWS_DEFAULT_REGION, the profile's region).", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("Named profile from ~/.aws/config and ~/.aws/credentials (else AWS_PROFILE).", valueName: "name"))
    var profile: String?

    @Option(
        help: ArgumentHelp(
            "Send requests here instead of https://contact-lens.<region>.amazonaws.com, e.g. http://127.0.0.1:8123 for `lenstail simulate`.",
            valueName: "url"))
    var endpointURL: String?

    @Flag(help: "Allow a plain http:// endpoint that is not on this machine (traffic and signatures unencrypted).")
    var allowInsecureEndpoint = false

    @Option(help: ArgumentHelp("Seconds to wait for one response before retrying.", valueName: "seconds"))
    var timeout: Double = 10

    var arguments: AWSArguments {
        AWSArguments(
            region: region, profile: profile, endpointURL: endpointURL, allowInsecureEndpoint: allowInsecureEndpoint,
            timeout: timeout)
    }
}
