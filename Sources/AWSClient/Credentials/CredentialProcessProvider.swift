import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// Runs a profile's `credential_process` and reads the JSON it prints (Version 1).
/// Errors carry stderr's first line at most: stdout may hold secrets, so it never reaches a message.
package struct CredentialProcessProvider: CredentialProvider {
    package let command: String
    package let profile: String
    /// The file that defines the command, for messages.
    package let path: String
    package let environment: AWSEnvironment
    package let timeout: Duration
    package let now: @Sendable () -> Date

    package init(
        command: String, profile: String, definedIn path: String, environment: AWSEnvironment,
        timeout: Duration = .seconds(30), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.command = command
        self.profile = profile
        self.path = path
        self.environment = environment
        self.timeout = timeout
        self.now = now
    }

    /// "credential_process of profile 'dev' (/home/u/.aws/config)".
    package var source: String { "credential_process of profile '\(profile)' (\(path))" }

    private var label: String { "credential_process for profile '\(profile)'" }

    package func resolve() async throws -> ResolvedCredentials {
        var childEnvironment = environment.variables
        if childEnvironment["PATH"] == nil { childEnvironment["PATH"] = "/usr/local/bin:/usr/bin:/bin" }
        switch await ShellCommand.run(command, environment: childEnvironment, timeout: timeout) {
        case .cancelled:
            throw CancellationError()
        case .launchFailed(let reason):
            throw CredentialError(.processFailed, "\(label) could not start /bin/sh: \(reason)")
        case .timedOut:
            throw CredentialError(.processTimedOut, "\(label) timed out after \(Self.seconds(timeout)) s")
        case .finished(let status, let signal, let stdout, let stderr):
            guard status == 0 else {
                let how = signal.map { "killed by signal \($0)" } ?? "exit \(status)"
                let said = Self.firstLine(of: stderr).map { ": \($0)" } ?? " with nothing on stderr"
                throw CredentialError(.processFailed, "\(label) failed (\(how))\(said)")
            }
            let (credentials, expiration) = try parse(stdout)
            return ResolvedCredentials(credentials: credentials, source: source, expiration: expiration)
        }
    }

    /// Checks the process JSON: Version 1, AccessKeyId, SecretAccessKey, optional SessionToken and Expiration.
    func parse(_ stdout: Data) throws -> (AWSCredentials, Date?) {
        let expected = "(Version 1, AccessKeyId, SecretAccessKey)"
        guard let json = (try? JSONValue.parse(Array(stdout)))?.members else {
            throw CredentialError(.processInvalidOutput, "\(label) printed output that is not the expected JSON \(expected)")
        }
        guard let version = json["Version"]?.int, version == 1 else {
            let found = (json["Version"]?.int).map { "Version \($0)" } ?? "no numeric Version"
            throw CredentialError(.processInvalidOutput, "\(label) printed JSON with \(found); expected \(expected)")
        }
        guard let accessKey = json["AccessKeyId"]?.string, !accessKey.isEmpty,
            let secret = json["SecretAccessKey"]?.string, !secret.isEmpty
        else {
            throw CredentialError(
                .processInvalidOutput,
                "\(label) printed JSON without AccessKeyId or SecretAccessKey; expected \(expected)")
        }
        var expiration: Date?
        if let text = json["Expiration"]?.string {
            guard let date = RFC3339.parse(text) else {
                throw CredentialError(.processInvalidOutput, "\(label) printed an Expiration that is not an RFC 3339 time")
            }
            guard date > now() else {
                throw CredentialError(.expired, "\(label) returned credentials that expired at \(RFC3339.format(date))")
            }
            expiration = date
        }
        let token = (json["SessionToken"]?.string).flatMap { $0.isEmpty ? nil : $0 }
        return (AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token), expiration)
    }

    /// The first non-blank line of stderr, control characters dropped, cut to 200 characters.
    static func firstLine(of stderr: Data) -> String? {
        let text = String(decoding: stderr, as: UTF8.self)
        guard
            let line = text.split(whereSeparator: \.isNewline)
                .map({ $0.trimmed() }).first(where: { !$0.isEmpty })
        else { return nil }
        let clean = String(line.unicodeScalars.filter { !ScalarSet.controlCharacters.contains($0) }.map(Character.init))
        return clean.count > 200 ? String(clean.prefix(200)) + "…" : clean
    }

    /// "30", "1.5".
    static func seconds(_ duration: Duration) -> String {
        let millis = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        return millis % 1000 == 0 ? "\(millis / 1000)" : "\(Double(millis) / 1000)"
    }
}
