import FoundationEssentials

/// The AWS CLI's order (botocore's create_credential_resolver): environment variables (skipped
/// when a profile is given explicitly), then the profile chosen by --profile, AWS_PROFILE,
/// AWS_DEFAULT_PROFILE or "default" — its role_arn first (`AssumeRoleProvider`), then what it
/// holds itself (`ProfileCredentialProvider`) — then container credentials, then the EC2
/// instance role.
package struct CredentialChain: CredentialProvider {
    /// The profile given explicitly (--profile); nil to use the environment's choice.
    package let profile: String?
    package let environment: AWSEnvironment
    /// The region of the client the credentials are for; STS is called there. Nil: AWS_REGION,
    /// AWS_DEFAULT_REGION or the profile's region, else us-east-1.
    package let region: String?
    package let processTimeout: Duration
    /// Bound of one exchange with STS or the SSO portal.
    package let httpTimeout: Duration
    package let now: @Sendable () -> Date
    private let mfaPrompt: OneTimeMFAPrompt

    /// `mfaPrompt` asks for the code of a role's mfa_serial, once (see `OneTimeMFAPrompt`); without
    /// one, such a role fails with one line saying so.
    package init(
        profile: String?, environment: AWSEnvironment, region: String? = nil, mfaPrompt: (any MFAPrompt)? = nil,
        processTimeout: Duration = .seconds(30), httpTimeout: Duration = .seconds(10),
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.profile = profile.flatMap { $0.isEmpty ? nil : $0 }
        self.environment = environment
        self.region = region
        self.mfaPrompt = OneTimeMFAPrompt(mfaPrompt)
        self.processTimeout = processTimeout
        self.httpTimeout = httpTimeout
        self.now = now
    }

    package func resolve() async throws -> ResolvedCredentials {
        if profile == nil, let fromEnvironment = try EnvironmentCredentialProvider(environment: environment).lookup() {
            return fromEnvironment
        }
        let name = environment.profileName(explicit: profile)
        let files = try ProfileFiles(environment: environment)
        let properties = files.profile(name)
        let chosen = profile != nil || environment.value("AWS_PROFILE") != nil || environment.value("AWS_DEFAULT_PROFILE") != nil
        if properties == nil && chosen {
            throw CredentialError(.profileNotFound, "profile '\(name)' not found in \(files.searchedPaths)")
        }
        let context = CredentialContext(
            environment: environment, files: files, profile: name, stsRegion: stsRegion(), processTimeout: processTimeout,
            httpTimeout: httpTimeout, mfaPrompt: mfaPrompt, now: now)
        if let properties, AssumeRoleProvider.applies(to: properties) {
            return try await AssumeRoleProvider(profile: name, context: context).resolve()
        }
        if let own = try await ProfileCredentialProvider(
            profile: name, properties: properties ?? [:], context: context,
            environmentAllowed: profile == nil
        ).lookup() {
            return own
        }
        let container = ContainerCredentialProvider(environment: environment)
        if container.isConfigured { return try await container.resolve() }
        var looked = profile == nil ? ["env", files.credentialsPath, files.configPath] : [files.searchedPaths]
        let metadata = InstanceMetadataProvider(environment: environment, properties: properties ?? [:])
        if !metadata.isDisabled {
            switch try await metadata.fetch() {
            case .credentials(let found): return found
            case .none(let why): looked.append("EC2 instance metadata: \(why)")
            }
        }
        if properties != nil && profile != nil {
            throw CredentialError(
                .notFound,
                "profile '\(name)' has no credentials: no aws_access_key_id/aws_secret_access_key,"
                    + " credential_process, role_arn, SSO or web identity settings (looked in: \(looked.joined(separator: ", ")))"
            )
        }
        throw CredentialError(
            .notFound,
            "no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
                + " or use --profile (looked in: \(looked.joined(separator: ", ")))")
    }

    /// The client's region, else the one the CLI would pick, else us-east-1 (botocore's STS then
    /// uses the global endpoint, which is us-east-1's).
    private func stsRegion() -> String {
        if let region, !region.isEmpty { return region }
        return (try? RegionResolver.resolve(flag: nil, profile: profile, environment: environment).region) ?? "us-east-1"
    }
}
