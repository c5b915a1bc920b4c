import AWSSigV4
import FoundationEssentials

/// AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY [+ AWS_SESSION_TOKEN (or legacy AWS_SECURITY_TOKEN), AWS_CREDENTIAL_EXPIRATION].
package struct EnvironmentCredentialProvider: CredentialProvider {
    package static let source = "environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"

    package let environment: AWSEnvironment

    package init(environment: AWSEnvironment) {
        self.environment = environment
    }

    package func resolve() async throws -> ResolvedCredentials {
        guard let found = try lookup() else {
            throw CredentialError(.notFound, "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
        }
        return found
    }

    /// The credentials, nil when neither key variable is set, an error when only one is (botocore's PartialCredentialsError).
    func lookup() throws -> ResolvedCredentials? {
        let accessKey = environment.value("AWS_ACCESS_KEY_ID")
        let secret = environment.value("AWS_SECRET_ACCESS_KEY")
        switch (accessKey, secret) {
        case (nil, nil):
            return nil
        case (.some, nil):
            throw CredentialError(.incomplete, "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
        case (nil, .some):
            throw CredentialError(.incomplete, "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
        case (let accessKey?, let secret?):
            let token = environment.value("AWS_SESSION_TOKEN") ?? environment.value("AWS_SECURITY_TOKEN")
            let expiration = environment.value("AWS_CREDENTIAL_EXPIRATION").flatMap(RFC3339.parse)
            return ResolvedCredentials(
                credentials: AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token),
                source: Self.source, expiration: expiration)
        }
    }
}
