import ContactLensModel
import FoundationEssentials
import LensBasics

/// A name, id or ARN that may be the supervisor's Amazon Connect user, and where it came from.
package struct SupervisorCandidate: Hashable, Sendable {
    package enum Source: Hashable, Sendable {
        /// `--user`.
        case flag
        /// `connect_user` in the named profile.
        case profile(String)
        /// The role session name (or IAM user name) of STS GetCallerIdentity's ARN.
        case callerIdentity
    }

    package var value: String
    package var source: Source

    package init(_ value: String, from source: Source) {
        self.value = value
        self.source = source
    }

    /// "--user", "connect_user in profile 'dev'", "your role session name".
    package var sourceText: String {
        switch source {
        case .flag: "--user"
        case .profile(let name): "connect_user in profile '\(name)'"
        case .callerIdentity: "your role session name"
        }
    }
}

/// Which Amazon Connect user a supervisor listens in as: `--user` (a username, id or ARN), else the
/// profile's `connect_user`, else the caller's identity — with SSO the role session name is usually
/// the Connect username (an e-mail address also tried without its domain). Pure: the lookups are
/// `ConnectClient.resolveSupervisor`.
package enum SupervisorResolver {
    /// The candidates in the order they are tried.
    package static func candidates(flag: String?, profileUser: String?, profileName: String?, callerArn: String?)
        -> [SupervisorCandidate]
    {
        func given(_ text: String?) -> String? {
            guard let text = text?.trimmed(), !text.isEmpty else { return nil }
            return text
        }
        if let flag = given(flag) { return [SupervisorCandidate(flag, from: .flag)] }
        if let user = given(profileUser) { return [SupervisorCandidate(user, from: .profile(profileName ?? "default"))] }
        guard let name = callerArn.flatMap(sessionName) else { return [] }
        var out = [SupervisorCandidate(name, from: .callerIdentity)]
        if let at = name.firstIndex(of: "@"), at > name.startIndex {
            out.append(SupervisorCandidate(String(name[..<at]), from: .callerIdentity))
        }
        return out
    }

    /// The role session name of `arn:aws:sts::A:assumed-role/Role/session`, the user name of
    /// `arn:aws:iam::A:user/path/name` or of a federated user; nil for anything else (a root ARN).
    package static func sessionName(_ arn: String) -> String? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn" else { return nil }
        let resource = parts[5].split(separator: "/", omittingEmptySubsequences: false)
        guard resource.count >= 2, let last = resource.last, !last.isEmpty else { return nil }
        switch resource[0] {
        case "assumed-role": return resource.count >= 3 ? String(last) : nil
        case "user", "federated-user": return String(last)
        default: return nil
        }
    }

    /// The user id inside a Connect user ARN (`arn:aws:connect:R:A:instance/I/agent/ID`), else nil.
    package static func userId(fromArn value: String) -> String? {
        guard value.hasPrefix("arn:"), value.contains(":connect:") else { return nil }
        let resource = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last ?? ""
        let pieces = resource.split(separator: "/")
        guard pieces.count == 4, pieces[0] == "instance", pieces[2] == "agent" else { return nil }
        return String(pieces[3])
    }

    /// SearchUsers criteria that find the candidate by username or by id.
    package static func criteria(for value: String) -> UserSearchCriteria {
        if let id = userId(fromArn: value) { return .field("resourceId", .exact, id) }
        return UserSearchCriteria(orConditions: [.field("Username", .exact, value), .field("resourceId", .exact, value)])
    }

    /// The user a candidate names among `users`: by id, ARN, or username (case-insensitively, as
    /// Connect compares usernames).
    package static func match(_ value: String, in users: [UserSearchSummary]) -> UserSearchSummary? {
        let id = userId(fromArn: value) ?? value
        return users.first { $0.id == id || $0.arn == value }
            ?? users.first { $0.username?.lowercased() == value.lowercased() }
    }

    /// One line when no candidate was given at all.
    package static let noCandidate =
        "no Amazon Connect user to listen in as: pass --user NAME|ID|ARN (your Connect username), "
        + "or set connect_user in the profile"

    /// One line when the candidates named no user of the instance.
    package static func notFound(_ tried: [SupervisorCandidate], instanceId: String) -> String {
        guard let first = tried.first else { return noCandidate }
        let names = tried.map { "'\(TerminalText.sanitize($0.value))'" }.joined(separator: " or ")
        let hint = first.source == .flag ? "check --user" : "pass --user NAME|ID|ARN"
        return "no user \(names) (from \(first.sourceText)) in instance \(instanceId): \(hint) "
            + "with a Connect username, user id or user ARN"
    }
}

/// The supervisor's user, or the line that says why there is none.
package enum SupervisorResolution: Hashable, Sendable {
    case found(UserSearchSummary, SupervisorCandidate)
    case notFound(String)
}
