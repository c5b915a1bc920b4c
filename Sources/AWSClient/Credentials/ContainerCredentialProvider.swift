import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// ECS and EKS Pod Identity credentials: GET AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on
/// 169.254.170.2, or AWS_CONTAINER_CREDENTIALS_FULL_URI when it is https, a loopback address or
/// one of the agents' addresses (a plain-http URL elsewhere could hand the token to anyone on
/// the path), with AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE or _TOKEN as Authorization.
/// As botocore's ContainerMetadataFetcher: 2 s a try, 3 tries 1 s apart.
struct ContainerCredentialProvider {
    static let agentAddress = "169.254.170.2"
    static let allowedHosts: Set<String> = [agentAddress, "169.254.170.23", "fd00:ec2::23", "localhost"]

    let environment: AWSEnvironment
    var timeout: Duration = .seconds(2)
    var attempts = 3
    var pause: Duration = .seconds(1)

    /// Whether either URI variable is set; only then is this source tried.
    var isConfigured: Bool {
        environment.value("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != nil
            || environment.value("AWS_CONTAINER_CREDENTIALS_FULL_URI") != nil
    }

    func resolve() async throws -> ResolvedCredentials {
        let url = try endpoint()
        let shown = "container credentials (\(url.scheme ?? "http")://\(url.host ?? "")\(url.port.map { ":\($0)" } ?? ""))"
        var headers = [HTTPHeader("Accept", "application/json")]
        if let token = try authorization() { headers.append(HTTPHeader("Authorization", token)) }
        let transport = AWSTransport(timeout: timeout)
        var reason = ""
        for attempt in 1...max(attempts, 1) {
            if attempt > 1 { try await Task.sleep(for: pause) }
            let response: HTTPResponse
            do {
                response = try await transport.send(method: "GET", url: url, headers: headers, body: [])
            } catch .cancelled {
                throw CancellationError()
            } catch {
                reason = error.shortReason
                continue
            }
            guard response.status == 200 else {
                reason = "HTTP \(response.status)"
                continue
            }
            guard let json = (try? JSONValue.parse(response.body))?.members else {
                reason = "an answer that is not JSON"
                continue
            }
            return try Self.credentials(json, source: shown)
        }
        throw CredentialError(.fetchFailed, "\(shown) failed after \(max(attempts, 1)) tries: \(reason)")
    }

    /// The URL to ask, checked as botocore checks it.
    func endpoint() throws -> URL {
        if let relative = environment.value("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            guard let url = URL(string: "http://\(Self.agentAddress)\(relative)") else {
                throw CredentialError(.invalidConfiguration, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not a URL path")
            }
            return url
        }
        let full = environment.value("AWS_CONTAINER_CREDENTIALS_FULL_URI") ?? ""
        guard let url = URL(string: full), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = url.host?.lowercased().trimmed(ScalarSet("[]"))
        else {
            throw CredentialError(.invalidConfiguration, "AWS_CONTAINER_CREDENTIALS_FULL_URI is not an http(s) URL")
        }
        guard scheme == "https" || EndpointResolver.isLoopback(host) || Self.allowedHosts.contains(host) else {
            throw CredentialError(
                .invalidConfiguration,
                "AWS_CONTAINER_CREDENTIALS_FULL_URI names host '\(host)': plain"
                    + " http is only allowed to a loopback address or to " + Self.allowedHosts.sorted().joined(separator: ", "))
        }
        return url
    }

    /// The Authorization value: the token file's content (read each time: it rotates) or the variable.
    private func authorization() throws -> String? {
        var token: String?
        if let path = environment.value("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CredentialError(.unreadableFile, "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(path)")
            }
            token = String(decoding: data, as: UTF8.self).trimmed(.newlines)
        } else {
            token = environment.value("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        }
        if let token, token.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw CredentialError(.invalidConfiguration, "the container authorization token is not a legal header value")
        }
        return token
    }

    /// AccessKeyId, SecretAccessKey, Token, Expiration: the answer of ECS, EKS Pod Identity and IMDS alike.
    static func credentials(_ json: [String: JSONValue], source: String) throws -> ResolvedCredentials {
        guard let accessKey = json["AccessKeyId"]?.string, !accessKey.isEmpty,
            let secret = json["SecretAccessKey"]?.string, !secret.isEmpty
        else {
            throw CredentialError(.fetchFailed, "\(source) answered without AccessKeyId or SecretAccessKey")
        }
        let token = (json["Token"]?.string).flatMap { $0.isEmpty ? nil : $0 }
        let expiration = (json["Expiration"]?.string).flatMap(RFC3339.parse)
        return ResolvedCredentials(
            credentials: AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token),
            source: source, expiration: expiration)
    }
}
