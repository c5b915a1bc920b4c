import FoundationEssentials
import LensBasics

/// The shared config and credentials files, parsed as the AWS CLI does; missing files count as empty.
package struct ProfileFiles: Sendable {
    /// AWS_CONFIG_FILE or ~/.aws/config.
    package let configPath: String
    /// AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials.
    package let credentialsPath: String
    /// Profiles of the config file: `[default]` and `[profile NAME]`; a bare `[NAME]` is ignored, as botocore does.
    package let configProfiles: [String: [String: String]]
    /// Profiles of the credentials file: `[NAME]`, no "profile " prefix.
    package let credentialsProfiles: [String: [String: String]]
    /// `[sso-session NAME]` sections of the config file.
    package let ssoSessions: [String: [String: String]]

    /// Reads both files; throws a `CredentialError` when one exists but is unreadable or malformed.
    package init(environment: AWSEnvironment) throws {
        configPath = environment.configFilePath
        credentialsPath = environment.credentialsFilePath
        let config = try Self.load(configPath)
        var profiles: [String: [String: String]] = [:]
        var sessions: [String: [String: String]] = [:]
        for section in config.order {
            let properties = config.properties(section) ?? [:]
            switch Self.configSection(section) {
            case .profile(let name): profiles[name, default: [:]].merge(properties) { _, new in new }
            case .ssoSession(let name): sessions[name, default: [:]].merge(properties) { _, new in new }
            case .ignored: break
            }
        }
        configProfiles = profiles
        ssoSessions = sessions
        let credentials = try Self.load(credentialsPath)
        credentialsProfiles = Dictionary(uniqueKeysWithValues: credentials.order.map { ($0, credentials.properties($0) ?? [:]) })
    }

    /// The profile's properties, config merged with credentials (the credentials file wins per key).
    package func profile(_ name: String) -> [String: String]? {
        let config = configProfiles[name]
        let credentials = credentialsProfiles[name]
        if config == nil && credentials == nil { return nil }
        return (config ?? [:]).merging(credentials ?? [:]) { _, fromCredentials in fromCredentials }
    }

    /// The file a profile's key comes from (the credentials file when both have it).
    package func path(ofKey key: String, inProfile name: String) -> String? {
        if credentialsProfiles[name]?[key] != nil { return credentialsPath }
        if configProfiles[name]?[key] != nil { return configPath }
        return nil
    }

    /// Every profile name found in either file, sorted.
    package var profileNames: [String] {
        Set(configProfiles.keys).union(credentialsProfiles.keys).sorted()
    }

    /// "/x/credentials, /x/config": where profiles are looked up, for error messages.
    package var searchedPaths: String { "\(credentialsPath), \(configPath)" }

    private enum ConfigSection {
        case profile(String)
        case ssoSession(String)
        case ignored
    }

    /// Maps a config-file section header to what it declares (botocore splits "profile NAME" on whitespace).
    private static func configSection(_ header: String) -> ConfigSection {
        if header == "default" { return .profile("default") }
        let parts = header.split(maxSplits: 1, whereSeparator: \.isWhitespace)
        guard parts.count == 2 else { return .ignored }
        let name = parts[1].trimmed()
        switch parts[0] {
        case "profile": return .profile(name)
        case "sso-session": return .ssoSession(name)
        default: return .ignored
        }
    }

    /// Reads and parses one file; a missing file is an empty one.
    private static func load(_ path: String) throws -> INIFile {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return INIFile()
        }
        if isDirectory {
            throw CredentialError(.unreadableFile, "cannot read AWS profile file \(path): it is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CredentialError(.unreadableFile, "cannot read AWS profile file \(path): permission denied or I/O error")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CredentialError(.malformedFile, "malformed AWS profile file \(path): not valid UTF-8")
        }
        do {
            return try INIFile(parsing: text)
        } catch {
            throw CredentialError(.malformedFile, "malformed AWS profile file \(path), line \(error.line): \(error.reason)")
        }
    }
}
