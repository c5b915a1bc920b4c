import FoundationEssentials
import LensBasics

/// A role profile's settings, checked as botocore's AssumeRoleProvider._get_role_config checks
/// them: exactly one of source_profile and credential_source, the latter one of the three names
/// botocore knows (case as written), duration_seconds ignored unless it is a number.
struct RoleSettings {
    let roleArn: String
    let sourceProfile: String?
    let credentialSource: String?
    let sessionName: String?
    let externalId: String?
    let mfaSerial: String?
    let durationSeconds: Int?

    init(profile: String, properties: [String: String]) throws {
        roleArn = properties["role_arn"] ?? ""
        sourceProfile = properties["source_profile"]
        credentialSource = properties["credential_source"]
        sessionName = properties["role_session_name"]
        externalId = properties["external_id"]
        mfaSerial = properties["mfa_serial"]
        durationSeconds = properties["duration_seconds"].flatMap { Int($0.trimmed()) }
        switch (sourceProfile, credentialSource) {
        case (.some, .some):
            throw CredentialError(
                .invalidConfiguration,
                "profile '\(profile)' has both source_profile and"
                    + " credential_source; keep one")
        case (nil, nil):
            throw CredentialError(
                .incomplete,
                "profile '\(profile)' has role_arn but neither source_profile nor"
                    + " credential_source to assume it with")
        case (nil, let source?) where !AssumeRoleProvider.credentialSources.contains(source):
            throw CredentialError(
                .invalidConfiguration,
                "credential_source '\(source)' of profile '\(profile)' is not"
                    + " one of " + AssumeRoleProvider.credentialSources.joined(separator: ", "))
        default:
            break
        }
    }

    /// Either key of a static pair, as botocore's _has_static_credentials counts them.
    static func hasStaticKeys(_ properties: [String: String]) -> Bool {
        properties["aws_access_key_id"] != nil || properties["aws_secret_access_key"] != nil
    }

    /// The AssumeRole parameters (the MFA code is added when typed).
    func request(defaultSessionName: String) -> AssumeRoleRequest {
        AssumeRoleRequest(
            roleArn: roleArn, sessionName: sessionName ?? defaultSessionName, externalId: externalId,
            durationSeconds: durationSeconds, serialNumber: mfaSerial)
    }
}
