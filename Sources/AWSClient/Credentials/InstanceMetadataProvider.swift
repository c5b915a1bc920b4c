import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// The EC2 instance role, from instance metadata with IMDSv2 only: PUT /latest/api/token, then
/// the role name and its credentials with that token (IMDSv1's unauthenticated GETs are never
/// sent). Settings and limits as botocore's InstanceMetadataFetcher: 1 s a request, 1 attempt.
/// Anything but a clean answer means no instance role here, never an error.
struct InstanceMetadataProvider {
    /// What the metadata service gave.
    enum Answer {
        case credentials(ResolvedCredentials)
        /// Nothing usable, and why, for the final "no credentials" line.
        case none(String)
    }

    static let credentialsPath = "latest/meta-data/iam/security-credentials/"
    /// A path segment's characters besides letters and digits (`CharacterSet.urlPathAllowed` without `/`).
    static let pathPunctuation = Set("!$&'()*+,-.:;=@_~".utf8)

    let environment: AWSEnvironment
    /// The chosen profile's settings (ec2_metadata_service_endpoint, metadata_service_timeout…).
    let properties: [String: String]

    /// AWS_EC2_METADATA_DISABLED=true turns the source off.
    var isDisabled: Bool { environment.value("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true" }

    private func setting(_ variable: String, _ key: String) -> String? {
        environment.value(variable) ?? CredentialContext.value(key, in: properties)
    }

    /// AWS_EC2_METADATA_SERVICE_ENDPOINT, else the IPv6 or IPv4 address by endpoint mode.
    func baseURL() throws -> String {
        if let custom = setting("AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint") {
            guard let url = URL(string: custom), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw CredentialError(.invalidConfiguration, "the EC2 metadata endpoint '\(custom)' is not an http(s) URL")
            }
            return custom.hasSuffix("/") ? custom : custom + "/"
        }
        let mode = setting("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode")
        return mode?.lowercased() == "ipv6" ? "http://[fd00:ec2::254]/" : "http://169.254.169.254/"
    }

    func fetch() async throws -> Answer {
        let base = try baseURL()
        let seconds = setting("AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout").flatMap(Int.init) ?? 1
        let attempts = max(
            setting("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "metadata_service_num_attempts")
                .flatMap(Int.init) ?? 1, 1)
        let transport = AWSTransport(timeout: .seconds(max(seconds, 1)))
        func request(_ method: String, _ path: String, _ header: HTTPHeader) async throws -> HTTPResponse? {
            var last: HTTPResponse?
            for _ in 0..<attempts {
                do {
                    let response = try await transport.send(
                        method: method, url: URL(string: base + path)!, headers: [header],
                        body: [])
                    if response.status == 200 && !response.body.isEmpty { return response }
                    last = response
                    // A refused token request (IMDSv2 off, a container hop limit) does not change on retry.
                    if method == "PUT" && [400, 403, 404, 405].contains(response.status) { return response }
                } catch .cancelled {
                    throw CancellationError()
                } catch {
                    if method == "PUT", case .timeout = error { return nil }
                }
            }
            return last
        }
        guard
            let tokenResponse = try await request(
                "PUT", "latest/api/token",
                HTTPHeader("x-aws-ec2-metadata-token-ttl-seconds", "21600"))
        else {
            return .none("no answer from \(base) within \(seconds) s")
        }
        guard tokenResponse.status == 200 else {
            return .none("\(base) refused an IMDSv2 token (HTTP \(tokenResponse.status)); lenstail does not use IMDSv1")
        }
        let token = HTTPHeader("x-aws-ec2-metadata-token", String(decoding: tokenResponse.body, as: UTF8.self))
        guard let roleResponse = try await request("GET", Self.credentialsPath, token), roleResponse.status == 200,
            let role = String(decoding: roleResponse.body, as: UTF8.self).split(whereSeparator: \.isNewline).first
                .map({ $0.trimmed() }), !role.isEmpty,
            case let escaped = role.percentEncoded(keeping: { $0.isASCIIAlphanumeric || Self.pathPunctuation.contains($0) })
        else {
            return .none("no IAM role is attached to this instance")
        }
        guard let answer = try await request("GET", Self.credentialsPath + escaped, token), answer.status == 200,
            let json = (try? JSONValue.parse(answer.body))?.members
        else {
            return .none("no credentials for role \(role)")
        }
        guard ["AccessKeyId", "SecretAccessKey", "Token", "Expiration"].allSatisfy({ json[$0] != nil }) else {
            // Only a code's name ("AssumeRoleUnauthorizedAccess"), never free text from the answer.
            let code = (json["Code"]?.string).flatMap { $0.count <= 64 && $0.allSatisfy(\.isLetter) ? ": \($0)" : nil } ?? ""
            return .none("incomplete credentials for role \(role)\(code)")
        }
        return .credentials(try ContainerCredentialProvider.credentials(json, source: "EC2 instance metadata (role \(role))"))
    }
}
