import Foundation

/// One ~/.aws setup that botocore and lenstail both resolve (BotocoreDifferentialTests).
struct DifferentialSetup: Sendable {
    var name: String
    var config = ""
    var credentials = ""
    var environment: [String: String] = [:]
    /// --profile; nil leaves the choice to AWS_PROFILE or "default".
    var profile: String?
    /// What the MFA prompt answers; nil: there is no terminal.
    var mfaCode: String?
    /// The botocore method both should pick, nil when both should fail: keeps each setup honest
    /// about what it tests, beyond the two agreeing.
    var expected: String?
}

/// Paths and loopback endpoints the setups refer to.
struct DifferentialFixture {
    var home: String
    var tokenFile: String
    var processCommand: String
    var containerURL: String
    var containerTokenFile: String
    var imdsURL: String
}

extension DifferentialSetup {
    static let base = "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n"
    static let envKeys = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"]
    static let role = "role_arn = arn:aws:iam::111111111111:role/r\nrole_session_name = diff\n"
    static let sso = "sso_account_id = 111122223333\nsso_role_name = Admin\n"
    static let corpSession = "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n"

    static func all(_ f: DifferentialFixture) -> [DifferentialSetup] {
        let webIdentity = [
            "AWS_WEB_IDENTITY_TOKEN_FILE": f.tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::555555555555:role/env",
            "AWS_ROLE_SESSION_NAME": "env-session",
        ]
        let noMetadata = ["AWS_EC2_METADATA_DISABLED": "true"]
        return [
            // Environment variables and static keys.
            .init(
                name: "env keys beat the default profile",
                credentials: "[default]\naws_access_key_id = AKIDDEF\naws_secret_access_key = s\n",
                environment: envKeys, expected: "env"),
            .init(
                name: "--profile skips env keys", credentials: "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n",
                environment: envKeys, profile: "dev", expected: "shared-credentials-file"),
            .init(
                name: "AWS_PROFILE does not skip env keys",
                credentials: "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n",
                environment: envKeys.merging(["AWS_PROFILE": "dev"]) { $1 }, expected: "env"),
            .init(
                name: "config-file keys", config: "[profile dev]\naws_access_key_id = AKIDCONF\naws_secret_access_key = s\n",
                environment: ["AWS_PROFILE": "dev"], expected: "config-file"),
            .init(
                name: "credential_process beats config-file keys",
                config:
                    "[profile dev]\naws_access_key_id = AKIDCONF\naws_secret_access_key = s\ncredential_process = \(f.processCommand)\n",
                profile: "dev", expected: "custom-process"),
            .init(
                name: "credentials-file keys beat credential_process",
                config: "[profile dev]\ncredential_process = \(f.processCommand)\n",
                credentials: "[dev]\naws_access_key_id = AKIDCRED\naws_secret_access_key = s\n", profile: "dev",
                expected: "shared-credentials-file"),
            .init(name: "half a key pair in the environment", environment: ["AWS_ACCESS_KEY_ID": "AKIDHALF"]),
            .init(name: "--profile that does not exist", credentials: base, profile: "nope"),
            // Assume role.
            .init(
                name: "role with a source_profile", config: "[profile dev]\n\(role)source_profile = base\n", credentials: base,
                profile: "dev", expected: "assume-role"),
            .init(
                name: "role_arn beats the profile's own keys",
                config: "[profile dev]\n\(role)source_profile = base\naws_access_key_id = AKIDOWN\naws_secret_access_key = s\n",
                credentials: base, environment: ["AWS_PROFILE": "dev"], expected: "assume-role"),
            .init(
                name: "role assumed with the profile's own keys",
                credentials: "[dev]\n\(role)source_profile = dev\naws_access_key_id = AKIDOWN\naws_secret_access_key = s\n",
                profile: "dev", expected: "assume-role"),
            .init(
                name: "role chain top → mid → base",
                config: "[profile mid]\nrole_arn = arn:aws:iam::111111111111:role/mid\nsource_profile = base\n"
                    + "[profile top]\n\(role)source_profile = mid\n",
                credentials: base, profile: "top", expected: "assume-role"),
            .init(
                name: "source profile with keys and a role uses its keys",
                config: "[profile mid]\nrole_arn = arn:aws:iam::111111111111:role/mid\nsource_profile = base\n"
                    + "aws_access_key_id = AKIDMID\naws_secret_access_key = s\n[profile top]\n\(role)source_profile = mid\n",
                credentials: base, profile: "top", expected: "assume-role"),
            .init(
                name: "source profile with credential_process",
                config: "[profile proc]\ncredential_process = \(f.processCommand)\n[profile dev]\n\(role)source_profile = proc\n",
                profile: "dev", expected: "assume-role"),
            .init(
                name: "source_profile loop a → b → a",
                config: "[profile a]\n\(role)source_profile = b\n[profile b]\n\(role)source_profile = a\n", profile: "a"),
            .init(
                name: "source_profile that does not exist", config: "[profile dev]\n\(role)source_profile = ghost\n",
                profile: "dev"),
            .init(name: "role_arn with neither source", config: "[profile dev]\n\(role)", credentials: base, profile: "dev"),
            .init(
                name: "role with source_profile and credential_source",
                config: "[profile dev]\n\(role)source_profile = base\ncredential_source = Environment\n", credentials: base,
                profile: "dev"),
            .init(
                name: "credential_source Environment", config: "[profile dev]\n\(role)credential_source = Environment\n",
                environment: envKeys, profile: "dev", expected: "assume-role"),
            .init(
                name: "credential_source Environment without keys",
                config: "[profile dev]\n\(role)credential_source = Environment\n",
                profile: "dev"),
            .init(
                name: "credential_source EcsContainer", config: "[profile dev]\n\(role)credential_source = EcsContainer\n",
                environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": f.containerURL + "/creds"], profile: "dev",
                expected: "assume-role"),
            .init(
                name: "credential_source Ec2InstanceMetadata",
                config: "[profile dev]\n\(role)credential_source = Ec2InstanceMetadata\n",
                environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": f.imdsURL], profile: "dev", expected: "assume-role"),
            .init(
                name: "credential_source in the wrong case", config: "[profile dev]\n\(role)credential_source = environment\n",
                environment: envKeys, profile: "dev"),
            .init(
                name: "MFA role with a typed code",
                config: "[profile dev]\n\(role)source_profile = base\nmfa_serial = arn:aws:iam::1:mfa/ana\n",
                credentials: base, profile: "dev", mfaCode: "123456", expected: "assume-role"),
            .init(
                name: "MFA role without a terminal",
                config: "[profile dev]\n\(role)source_profile = base\nmfa_serial = arn:aws:iam::1:mfa/ana\n",
                credentials: base, profile: "dev"),
            // Web identity.
            .init(
                name: "web identity in the profile",
                config: "[profile ci]\nweb_identity_token_file = \(f.tokenFile)\n\(role)", profile: "ci",
                expected: "assume-role-with-web-identity"),
            .init(
                name: "web identity in the environment beats default keys",
                credentials: "[default]\naws_access_key_id = AKIDDEF\naws_secret_access_key = s\n", environment: webIdentity,
                expected: "assume-role-with-web-identity"),
            .init(
                name: "web identity beats the same profile's source_profile",
                config: "[profile ci]\nweb_identity_token_file = \(f.tokenFile)\n\(role)source_profile = base\n",
                credentials: base,
                profile: "ci", expected: "assume-role-with-web-identity"),
            .init(
                name: "a role profile beats web identity in the environment",
                config: "[profile dev]\n\(role)source_profile = base\n", credentials: base,
                environment: webIdentity.merging(["AWS_PROFILE": "dev"]) { $1 }, expected: "assume-role"),
            .init(
                name: "--profile ignores web identity in the environment",
                credentials: "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n", environment: webIdentity,
                profile: "dev", expected: "shared-credentials-file"),
            .init(
                name: "web identity without a role", config: "[profile ci]\nweb_identity_token_file = \(f.tokenFile)\n",
                profile: "ci"),
            // SSO.
            .init(
                name: "SSO through an sso-session", config: "\(corpSession)[profile corp]\nsso_session = corp\n\(sso)",
                profile: "corp", expected: "sso"),
            .init(
                name: "SSO in the legacy form",
                config: "[profile old]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = us-east-2\n\(sso)",
                profile: "old", expected: "sso"),
            .init(
                name: "SSO beats credentials-file keys", config: "\(corpSession)[profile corp]\nsso_session = corp\n\(sso)",
                credentials: "[corp]\naws_access_key_id = AKIDCRED\naws_secret_access_key = s\n", profile: "corp", expected: "sso"
            ),
            .init(
                name: "SSO token expired",
                config: "[sso-session stale]\nsso_start_url = https://stale.awsapps.com/start\nsso_region = eu-west-1\n"
                    + "[profile stale]\nsso_session = stale\n\(sso)", profile: "stale"),
            .init(
                name: "SSO never logged in",
                config: "[sso-session nologin]\nsso_start_url = https://nologin.awsapps.com/start\nsso_region = eu-west-1\n"
                    + "[profile nologin]\nsso_session = nologin\n\(sso)", profile: "nologin"),
            .init(
                name: "SSO without sso_role_name",
                config: "\(corpSession)[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\n",
                profile: "corp"),
            .init(
                name: "SSO naming a missing sso-session", config: "[profile corp]\nsso_session = ghost\n\(sso)", profile: "corp"),
            .init(
                name: "role chained from an SSO profile",
                config: "\(corpSession)[profile corp]\nsso_session = corp\n\(sso)[profile dev]\n\(role)source_profile = corp\n",
                profile: "dev", expected: "assume-role"),
            // Containers and instance metadata.
            .init(
                name: "container credentials", environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": f.containerURL + "/creds"],
                expected: "container-role"),
            .init(
                name: "container credentials with a token file",
                environment: [
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": f.containerURL + "/authed",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": f.containerTokenFile,
                ], expected: "container-role"),
            .init(
                name: "container URI on a host that is not allowed",
                environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://192.0.2.10/creds"]),
            .init(
                name: "--profile keys beat container credentials",
                credentials: "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n",
                environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": f.containerURL + "/creds"], profile: "dev",
                expected: "shared-credentials-file"),
            .init(
                name: "EC2 instance metadata (IMDSv2)", config: "[default]\nregion = us-east-1\n",
                environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": f.imdsURL], expected: "iam-role"),
            .init(
                name: "nothing anywhere, metadata disabled", config: "[default]\nregion = us-east-1\n", environment: noMetadata),
            .init(name: "nothing anywhere, no metadata service", config: "[default]\nregion = us-east-1\n"),
        ]
    }
}
