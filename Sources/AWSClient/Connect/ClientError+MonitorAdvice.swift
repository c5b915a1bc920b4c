import ContactLensModel

extension ClientError {
    /// One line for a failed MonitorContact, with its fix: the documented failures (admin guide,
    /// "troubleshoot monitoring") recognised by code and message, the rest as `advice`.
    package func monitorAdvice(credentialSource: String?) -> String {
        guard case .service(let error) = self else { return advice(credentialSource: credentialSource) }
        let used = credentialSource.map { " (credentials from \($0))" } ?? ""
        let said = error.message.isEmpty ? error.code : TerminalText.sanitize(error.message)
        let message = error.message.lowercased()
        switch error.code {
        case ServiceErrorCode.accessDenied.rawValue:
            if message.contains("do not have access to the agent") {
                return "\(said) — the instance's service-linked role is missing: turn on \"multi-party calls and "
                    + "enhanced monitoring\" in the instance's telephony settings, which creates AWSServiceRoleForAmazonConnect"
            }
            if message.contains("barge") {
                return "\(said) — the user's security profile lacks \"Real-time contact barge-in\": add it, "
                    + "or listen only (--silent-only)"
            }
            if message.contains("manager monitor") || message.contains("security profile") {
                return "\(said) — the user's security profile needs \"Manager monitor\" and \"Access metrics\" "
                    + "(Analytics and Optimization), and CCP access"
            }
            return "access denied\(error.message.isEmpty ? "" : ": \(said)") — the IAM identity\(used) needs "
                + "connect:MonitorContact on the instance's contacts (and the user a security profile with \"Manager monitor\")"
        case "ServiceQuotaExceededException":
            return "\(said) — two supervisors are already on this call (at most two per voice call): wait until one hangs up"
        case ServiceErrorCode.resourceNotFound.rawValue:
            return "\(said) — the contact may have ended, or the instance, contact or user id is wrong (check --user)"
        case "IdempotencyException":
            return
                "\(said) — this ClientToken was already used for a different request: start again (a new action gets a new token)"
        case ServiceErrorCode.invalidRequest.rawValue, "InvalidParameterException":
            if message.contains("enable call recording") {
                return "\(said) — the contact's flow must record the call (Set recording and analytics behavior: agent and "
                    + "customer), or turn on \"multi-party calls and enhanced monitoring\" for the instance"
            }
            if message.contains("phone number") {
                return "\(said) — the user's desk phone number must be in E.164 form (+14155550100): correct it in the "
                    + "user's settings, or set the user to the softphone"
            }
            if message.contains("allowedmonitorcapabilities") {
                return "\(said) — the instance has barge-in enabled, so the request must say what the supervisor may do: "
                    + "ask for SILENT_MONITOR (and BARGE) in AllowedMonitorCapabilities"
            }
            if message.contains("barge") {
                return "\(said) — barge-in is not enabled for this instance or contact: listen only (--silent-only)"
            }
            if message.contains("input parameters are invalid") {
                return "\(said) — check the instance, contact and user ids: the contact must be live and the user a "
                    + "supervisor with a softphone or desk phone in the Contact Control Panel"
            }
            return "the service rejected the request: \(said)"
        default:
            return advice(credentialSource: credentialSource)
        }
    }
}
