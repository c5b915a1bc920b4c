import AWSClient
import ContactLensModel
import FoundationEssentials
import LensUI

/// Who listens in and what they may do: `--user` (else the profile's `connect_user`, else the
/// caller's identity) and `--silent-only`.
package struct ListenSettings: Sendable, Hashable {
    /// `--user`: a Connect username, user id or user ARN.
    package var user: String?
    /// Ask for SILENT_MONITOR alone instead of SILENT_MONITOR and BARGE.
    package var silentOnly: Bool

    package init(user: String? = nil, silentOnly: Bool = false) {
        self.user = user
        self.silentOnly = silentOnly
    }

    /// Both capabilities unless `--silent-only`: no API switches mode mid-call, the supervisor's
    /// Contact Control Panel does, so both are asked for at the start.
    package var capabilities: [MonitorCapability] { silentOnly ? [.silentMonitor] : [.silentMonitor, .barge] }
}

/// The Amazon Connect and STS clients listening in needs, with the profile's `connect_user`.
package struct ListenClients: Sendable {
    package var connect: ConnectClient
    /// Asks who the credentials are when neither `--user` nor `connect_user` says; nil: not asked.
    package var sts: STSClient?
    package var instanceId: String
    package var settings: ListenSettings
    /// The profile's `connect_user` and the profile's name.
    package var profileUser: (value: String, profile: String)?

    package init(
        connect: ConnectClient, sts: STSClient?, instanceId: String, settings: ListenSettings,
        profileUser: (value: String, profile: String)? = nil
    ) {
        self.connect = connect
        self.sts = sts
        self.instanceId = instanceId
        self.settings = settings
        self.profileUser = profileUser
    }

    /// The supervisor's user, or one line that says why there is none (naming `--user`).
    package func findSupervisor() async -> SupervisorLookup {
        do {
            var callerArn: String?
            if settings.user?.isEmpty != false, profileUser == nil, let sts {
                callerArn = try await sts.getCallerIdentity(credentials: connect.credentials).arn
            }
            let candidates = SupervisorResolver.candidates(
                flag: settings.user, profileUser: profileUser?.value, profileName: profileUser?.profile, callerArn: callerArn)
            switch try await connect.resolveSupervisor(candidates, instanceId: instanceId) {
            case .found(let user, let candidate):
                guard let id = user.id ?? user.arn else {
                    return .failed(SupervisorResolver.notFound([candidate], instanceId: instanceId))
                }
                return .found(
                    Supervisor(name: user.username ?? candidate.value, userId: id, capabilities: settings.capabilities))
            case .notFound(let line):
                return .failed(line)
            }
        } catch {
            return .failed("could not find your Amazon Connect user: \(error.advice(credentialSource: nil)) (or pass --user)")
        }
    }

    /// MonitorContact for `order`: the monitoring contact's id, or one line with its fix.
    package func monitor(_ order: MonitorOrder) async -> MonitorStatus {
        let request = MonitorContactRequest(
            instanceId: instanceId, contactId: order.contactId, userId: order.userId,
            allowedMonitorCapabilities: order.capabilities)
        do {
            let answer = try await connect.monitorContact(request)
            guard let id = answer.contactId, !id.isEmpty else { return .failed("MonitorContact answered without a ContactId") }
            return .listening(monitoringContactId: TerminalText.sanitize(id))
        } catch {
            let source = try? await connect.credentials.resolve().source
            return .failed(error.monitorAdvice(credentialSource: source))
        }
    }
}
