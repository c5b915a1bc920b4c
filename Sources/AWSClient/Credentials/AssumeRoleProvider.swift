import FoundationEssentials

/// STS AssumeRole for a profile with role_arn, as botocore's AssumeRoleProvider does it. The
/// credentials that ask come from source_profile — its own credentials, or, when it is itself
/// a role without static keys, another AssumeRole (so chains work) — or from credential_source
/// (Environment, Ec2InstanceMetadata, EcsContainer). A source_profile loop is refused with its path.
struct AssumeRoleProvider {
    /// The profile whose role is assumed.
    let profile: String
    let context: CredentialContext

    /// Whether botocore's AssumeRoleProvider takes the profile: role_arn and no web_identity_token_file
    /// (that pair belongs to `WebIdentityProvider`).
    static func applies(to properties: [String: String]) -> Bool {
        properties["role_arn"] != nil && properties["web_identity_token_file"] == nil
    }

    static let credentialSources = ["Environment", "Ec2InstanceMetadata", "EcsContainer"]

    func resolve() async throws -> ResolvedCredentials {
        var visited = [profile]
        return try await assume(profile, visited: &visited)
    }

    private func assume(_ name: String, visited: inout [String]) async throws -> ResolvedCredentials {
        let settings = context.files.profile(name) ?? [:]
        let role = try RoleSettings(profile: name, properties: settings)
        let source: ResolvedCredentials
        let via: String
        if let credentialSource = role.credentialSource {
            source = try await credentials(from: credentialSource, for: name)
            via = "credential source \(credentialSource)"
        } else {
            let sourceProfile = role.sourceProfile ?? name
            try checkSourceProfile(sourceProfile, of: name, visited: visited)
            visited.append(sourceProfile)
            source = try await credentials(ofSourceProfile: sourceProfile, visited: &visited)
            via = "source profile " + visited.dropFirst().map { "'\($0)'" }.joined(separator: " → ")
        }
        var request = role.request(defaultSessionName: "lenstail-\(Int(context.now().timeIntervalSince1970))")
        if let serial = role.mfaSerial {
            request.tokenCode = try await context.mfaPrompt.code(forSerial: serial, profile: name)
        }
        do {
            let answer = try await context.stsClient().assumeRole(
                request,
                credentials: StaticCredentialProvider(source.credentials))
            return ResolvedCredentials(
                credentials: answer.credentials,
                source: "assumed role \(role.roleArn) via profile '\(name)' (\(via))",
                expiration: answer.expiration)
        } catch let error as ClientError {
            throw CredentialContext.fetchFailed("STS AssumeRole of \(role.roleArn) for profile '\(name)'", error)
        }
    }

    /// botocore's _validate_source_profile: the profile must exist, and may come again only as
    /// itself, holding static keys (a role assumed with the profile's own keys).
    private func checkSourceProfile(_ source: String, of parent: String, visited: [String]) throws {
        guard let properties = context.files.profile(source) else {
            throw CredentialError(
                .invalidConfiguration,
                "source_profile '\(source)' of profile '\(parent)' does not exist"
                    + " in \(context.files.searchedPaths)")
        }
        guard visited.contains(source) else { return }
        if source != parent || !RoleSettings.hasStaticKeys(properties) {
            let path = (visited + [source]).map { "'\($0)'" }.joined(separator: " → ")
            throw CredentialError(
                .sourceProfileLoop,
                "source_profile loops back: \(path); end the chain at a profile"
                    + " with credentials of its own")
        }
    }

    /// The source profile's own credentials (web identity, SSO, keys, credential_process), or its
    /// role when it is one without static keys.
    private func credentials(ofSourceProfile name: String, visited: inout [String]) async throws -> ResolvedCredentials {
        let properties = context.files.profile(name) ?? [:]
        if !RoleSettings.hasStaticKeys(properties) && Self.applies(to: properties) {
            return try await assume(name, visited: &visited)
        }
        let own = ProfileCredentialProvider(profile: name, properties: properties, context: context, environmentAllowed: false)
        guard let found = try await own.lookup() else {
            throw CredentialError(
                .notFound,
                "source profile '\(name)' has no credentials of its own"
                    + " (keys, credential_process, SSO or web identity)")
        }
        return found
    }

    /// credential_source: the environment variables, the container endpoint or the instance role.
    private func credentials(from source: String, for name: String) async throws -> ResolvedCredentials {
        let missing = "credential_source \(source) of profile '\(name)' found no credentials"
        switch source {
        case "Environment":
            guard let found = try EnvironmentCredentialProvider(environment: context.environment).lookup() else {
                throw CredentialError(.notFound, "\(missing): AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
            }
            return found
        case "EcsContainer":
            let container = ContainerCredentialProvider(environment: context.environment)
            guard container.isConfigured else {
                throw CredentialError(.notFound, "\(missing): AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI are not set")
            }
            return try await container.resolve()
        default:
            let metadata = InstanceMetadataProvider(
                environment: context.environment,
                properties: context.files.profile(context.profile) ?? [:])
            guard !metadata.isDisabled else { throw CredentialError(.notFound, "\(missing): AWS_EC2_METADATA_DISABLED is set") }
            switch try await metadata.fetch() {
            case .credentials(let found): return found
            case .none(let why): throw CredentialError(.notFound, "\(missing): \(why)")
            }
        }
    }
}
