import FoundationEssentials

/// The process environment and home folder, injected so tests never read the real ~/.aws.
package struct AWSEnvironment: Sendable {
    package var variables: [String: String]
    package var homeDirectory: String

    package init(variables: [String: String], homeDirectory: String) {
        self.variables = variables
        self.homeDirectory = homeDirectory
    }

    /// This process's environment; HOME wins over the password database, as in the AWS CLI.
    package static var current: AWSEnvironment {
        let variables = ProcessInfo.processInfo.environment
        let home =
            variables["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.path
        return AWSEnvironment(variables: variables, homeDirectory: home)
    }

    /// The variable's value, with an empty value treated as unset (as botocore does).
    package func value(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The profile the AWS CLI would use: --profile, else AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default".
    package func profileName(explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        return value("AWS_PROFILE") ?? value("AWS_DEFAULT_PROFILE") ?? "default"
    }

    /// Expands a leading "~" against the injected home folder.
    func expandingTilde(_ path: String) -> String {
        if path == "~" { return homeDirectory }
        if path.hasPrefix("~/") { return homeDirectory + path.dropFirst(1) }
        return path
    }

    /// AWS_CONFIG_FILE or ~/.aws/config.
    package var configFilePath: String {
        expandingTilde(value("AWS_CONFIG_FILE") ?? "~/.aws/config")
    }

    /// AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials.
    package var credentialsFilePath: String {
        expandingTilde(value("AWS_SHARED_CREDENTIALS_FILE") ?? "~/.aws/credentials")
    }
}
