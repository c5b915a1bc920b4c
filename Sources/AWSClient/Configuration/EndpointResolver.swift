import FoundationEssentials
import LensBasics

/// --endpoint-url > AWS_ENDPOINT_URL_<SERVICE> > AWS_ENDPOINT_URL > https://{prefix}.{region}.amazonaws.com.
package enum EndpointResolver {
    /// The endpoint to call. Plain http is refused unless the host is loopback or `allowInsecure` is set;
    /// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true drops the variables (not the flag), as in the SDKs.
    package static func resolve(
        _ service: AWSService = .contactLens, override: String?, region: String,
        environment: AWSEnvironment, allowInsecure: Bool
    ) throws -> URL {
        try resolveWithSource(
            service, override: override, region: region, environment: environment,
            allowInsecure: allowInsecure
        ).url
    }

    /// The endpoint and where it came from: "--endpoint-url", the variable's name, or "the default for us-east-1".
    package static func resolveWithSource(
        _ service: AWSService = .contactLens, override: String?, region: String,
        environment: AWSEnvironment, allowInsecure: Bool
    ) throws
        -> (url: URL, source: String)
    {
        if let configured = try configuredEndpoint(
            service, override: override, environment: environment, allowInsecure: allowInsecure)
        {
            return configured
        }
        return (defaultEndpoint(service, region: region), "the default for \(region)")
    }

    /// The endpoint the user configured (flag or variable) and where it came from; nil when AWS's
    /// own is to be used. S3 needs the difference: a bucket is its own host on AWS, a path on
    /// a configured endpoint.
    package static func configuredEndpoint(
        _ service: AWSService, override: String?, environment: AWSEnvironment, allowInsecure: Bool
    ) throws -> (url: URL, source: String)? {
        let ignoreConfigured = environment.value("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")?.lowercased() == "true"
        let configured: (String, String)? = {
            if let override = override?.trimmed(), !override.isEmpty {
                return (override, "--endpoint-url")
            }
            if ignoreConfigured { return nil }
            if let url = environment.value(service.endpointVariable) { return (url, service.endpointVariable) }
            if let url = environment.value("AWS_ENDPOINT_URL") { return (url, "AWS_ENDPOINT_URL") }
            return nil
        }()
        guard let (text, source) = configured else { return nil }
        return (try validated(text, source: source, allowInsecure: allowInsecure), source)
    }

    /// https://{prefix}.{region}.amazonaws.com, or .amazonaws.com.cn for the China regions.
    package static func defaultEndpoint(_ service: AWSService = .contactLens, region: String) -> URL {
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        return URL(string: "https://\(service.endpointPrefix).\(region).\(suffix)")!
    }

    /// Parses and checks an endpoint given by the user.
    static func validated(_ text: String, source: String, allowInsecure: Bool) throws -> URL {
        let shown = text.contains("@") ? "(a URL with user info)" : "'\(text.count > 200 ? text.prefix(200) + "…" : text)'"
        func refuse(_ why: String) -> ConfigurationError {
            ConfigurationError("invalid endpoint URL \(shown) (from \(source)): \(why)")
        }
        guard let components = URLComponents(string: text), let url = components.url,
            let scheme = components.scheme?.lowercased()
        else {
            throw refuse("not a URL; expected e.g. https://host:port")
        }
        guard scheme == "https" || scheme == "http" else { throw refuse("the scheme must be https or http") }
        guard let host = components.host, !host.isEmpty else { throw refuse("it has no host") }
        guard components.user == nil && components.password == nil else { throw refuse("user info is not allowed") }
        guard components.query == nil && components.fragment == nil else {
            throw refuse("a query or fragment is not allowed")
        }
        if scheme == "http" && !allowInsecure && !isLoopback(host) {
            throw refuse("plain http is only allowed to a loopback host; use https, or pass --allow-insecure-endpoint")
        }
        return url
    }

    /// localhost, 127.0.0.0/8 and ::1 (with or without brackets).
    package static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmed(ScalarSet("[]"))
        if host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127"
            && octets.allSatisfy { Int($0).map { (0...255).contains($0) } == true && $0.allSatisfy(\.isNumber) }
    }
}
