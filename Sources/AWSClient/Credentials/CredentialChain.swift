import Foundation

/// The AWS CLI's order: environment variables (skipped when a profile is given explicitly), then the
/// profile chosen by --profile, AWS_PROFILE, AWS_DEFAULT_PROFILE or "default" (see `ProfileCredentialProvider`).
public struct CredentialChain: CredentialProvider {
    /// The profile given explicitly (--profile); nil to use the environment's choice.
    public let profile: String?
    public let environment: AWSEnvironment
    public let processTimeout: Duration
    public let now: @Sendable () -> Date

    public init(profile: String?, environment: AWSEnvironment, processTimeout: Duration = .seconds(30),
                now: @escaping @Sendable () -> Date = Date.init) {
        self.profile = profile.flatMap { $0.isEmpty ? nil : $0 }
        self.environment = environment
        self.processTimeout = processTimeout
        self.now = now
    }

    public func resolve() async throws -> ResolvedCredentials {
        if profile == nil, let fromEnvironment = try EnvironmentCredentialProvider(environment: environment).lookup() {
            return fromEnvironment
        }
        let name = environment.profileName(explicit: profile)
        let files = try ProfileFiles(environment: environment)
        guard let properties = files.profile(name) else {
            let chosen = profile != nil || environment.value("AWS_PROFILE") != nil
                || environment.value("AWS_DEFAULT_PROFILE") != nil
            if chosen {
                throw CredentialError(.profileNotFound, "profile '\(name)' not found in \(files.searchedPaths)")
            }
            throw CredentialError(.notFound, "no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
                + " or use --profile (looked in: env, \(files.searchedPaths))")
        }
        return try await ProfileCredentialProvider(
            profile: name, environment: environment, processTimeout: processTimeout, now: now
        ).resolve(properties, files: files)
    }
}
