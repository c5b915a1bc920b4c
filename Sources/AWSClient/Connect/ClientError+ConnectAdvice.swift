import ContactLensModel

extension ClientError {
    /// `advice(credentialSource:)` for one of Amazon Connect's operations (`action` as IAM names it,
    /// e.g. `SearchContacts`): which permission is missing, what was not found, whose quota.
    package func connectAdvice(action: String, credentialSource: String?) -> String {
        guard case .service(let error) = self else { return advice(credentialSource: credentialSource) }
        let used = credentialSource.map { " (credentials from \($0))" } ?? ""
        let detail = error.message.isEmpty ? "" : ": \(TerminalText.sanitize(error.message))"
        switch error.code {
        case ServiceErrorCode.accessDenied.rawValue:
            return "access denied\(detail) — the IAM identity\(used) needs connect:\(action) on this instance"
        case ServiceErrorCode.resourceNotFound.rawValue:
            return "not found\(detail) — check --instance-id (and the contact id: contact records are kept 24 months)"
        case "InvalidParameterException", ServiceErrorCode.invalidRequest.rawValue:
            return "Amazon Connect rejected the \(action) request\(detail)"
        case _ where error.isThrottling:
            let quota = action == "GetCurrentMetricData" ? "5 requests/s, burst 8" : "2 requests/s, burst 5 by default"
            return "Amazon Connect is throttling \(action)\(detail) — its quota is \(quota) per account and region; "
                + "lenstail slows down and tries again"
        default:
            return advice(credentialSource: credentialSource)
        }
    }
}
