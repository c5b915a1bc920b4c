import Foundation
import Testing

@testable import AWSClient

/// --endpoint-url > AWS_ENDPOINT_URL_CONNECT_CONTACT_LENS > AWS_ENDPOINT_URL > the regional default.
@Suite struct EndpointResolverTests {
    func resolve(
        _ override: String? = nil, region: String = "us-east-1", _ variables: [String: String] = [:],
        allowInsecure: Bool = false
    ) throws -> String {
        let env = AWSEnvironment(variables: variables, homeDirectory: "/nonexistent")
        return try EndpointResolver.resolve(
            override: override, region: region, environment: env,
            allowInsecure: allowInsecure
        ).absoluteString
    }

    @Test func theDefaultIsTheRegionalEndpoint() throws {
        #expect(try resolve(region: "eu-west-2") == "https://contact-lens.eu-west-2.amazonaws.com")
        #expect(try resolve(region: "cn-north-1") == "https://contact-lens.cn-north-1.amazonaws.com.cn")
    }

    @Test func precedenceIsFlagThenServiceVariableThenGlobalVariable() throws {
        let both = [
            "AWS_ENDPOINT_URL_CONNECT_CONTACT_LENS": "https://service.example", "AWS_ENDPOINT_URL": "https://all.example",
        ]
        #expect(try resolve("https://flag.example:8443/base", both) == "https://flag.example:8443/base")
        #expect(try resolve(nil, both) == "https://service.example")
        #expect(try resolve(nil, ["AWS_ENDPOINT_URL": "https://all.example"]) == "https://all.example")
        #expect(try resolve(nil, ["AWS_ENDPOINT_URL": ""]) == "https://contact-lens.us-east-1.amazonaws.com")
    }

    @Test func ignoringConfiguredEndpointsDropsTheVariablesButNotTheFlag() throws {
        let env = ["AWS_ENDPOINT_URL": "https://all.example", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]
        #expect(try resolve(nil, env) == "https://contact-lens.us-east-1.amazonaws.com")
        #expect(try resolve("https://flag.example", env) == "https://flag.example")
    }

    @Test(arguments: [
        "http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:9000/x", "http://[::1]:4566",
        "HTTP://LOCALHOST:1",
    ])
    func plainHTTPToLoopbackIsAllowed(url: String) throws {
        #expect(try resolve(url) == url)
    }

    /// Resolution only: these addresses are judged as text, no client is made and nothing is
    /// ever sent to them (tests reach loopback only; `TLSEndpointTests` runs the flag against
    /// 127.0.0.1). They are documentation names and TEST-NET addresses, routed nowhere, apart from
    /// 128.0.0.1, the first address past loopback's 127/8.
    @Test(arguments: ["http://example.com", "http://192.0.2.5:8080", "http://127.0.0.1.evil.com", "http://128.0.0.1"])
    func plainHTTPElsewhereNeedsAllowInsecure(url: String) throws {
        let error = #expect(throws: ConfigurationError.self) { try resolve(url) }
        #expect(error?.description.contains("plain http is only allowed to a loopback host") == true)
        #expect(try resolve(url, allowInsecure: true) == url)
    }

    @Test(arguments: [
        ("not a url", "not a URL"), ("example.com", "not a URL"), ("ftp://example.com", "scheme"),
        ("https://", "no host"), ("https://h.example/?a=1", "query or fragment"),
        ("https://h.example/#top", "query or fragment"),
    ])
    func malformedEndpointsAreRefused(url: String, reason: String) throws {
        let error = #expect(throws: ConfigurationError.self) { try resolve(nil, ["AWS_ENDPOINT_URL": url]) }
        #expect(error?.description.hasPrefix("invalid endpoint URL '\(url)' (from AWS_ENDPOINT_URL): ") == true)
        #expect(error?.description.contains(reason) == true)
    }

    @Test func userInfoIsRefusedWithoutEchoingIt() throws {
        let error = #expect(throws: ConfigurationError.self) { try resolve("https://user:PASSWORD@h.example") }
        #expect(error?.description.contains("PASSWORD") == false)
        #expect(error?.description.contains("user info") == true)
    }
}
