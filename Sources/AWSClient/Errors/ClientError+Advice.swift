import ContactLensModel

extension ClientError {
    /// One line a supervisor can act on. `credentialSource` says which credentials were used
    /// and from where — never their values.
    package func advice(credentialSource: String?) -> String {
        let used = credentialSource.map { " (credentials from \($0))" } ?? ""
        if case .untrustedCertificate = self {
            return "the endpoint's TLS certificate is not trusted (self-signed, expired or for another host) — "
                + "check --endpoint-url; lenstail always verifies certificates"
        }
        if case .cannotConnect = self {
            return shortReason + " — check --endpoint-url (or AWS_ENDPOINT_URL), the region and the network"
        }
        guard case .service(let error) = self else { return shortReason }
        let detail = error.message.isEmpty ? "" : ": \(error.message)"
        switch error.code {
        case ServiceErrorCode.accessDenied.rawValue:
            return "access denied\(detail) — the IAM identity\(used) needs the action "
                + "connect:ListRealtimeContactAnalysisSegments (chats: connect:ListRealtimeContactAnalysisSegmentsV2) on this instance"
        case ServiceErrorCode.resourceNotFound.rawValue where isInstanceNotFound:
            return
                "instance not found\(detail) — check --instance-id (the id or ARN on the Connect console's instance page) and --region"
        case ServiceErrorCode.resourceNotFound.rawValue:
            return "contact not found\(detail) — check the instance and contact ids, that real-time "
                + "Contact Lens analysis is enabled for the contact flow, and that the call ended less than 24 h ago"
        case "InvalidSignatureException", "IncompleteSignatureException":
            return "the request signature was refused\(detail) — check the secret access key\(used) "
                + "and that this machine's clock is correct"
        case "UnrecognizedClientException":
            return "the access key or session token is not valid\(detail)\(used)"
        case "ExpiredTokenException":
            return "the session token has expired\(detail)\(used) — refresh your credentials"
        case "MissingAuthenticationTokenException":
            return "the request was not signed\(detail)\(used)"
        case ServiceErrorCode.outputTypeNotFound.rawValue:
            return "that output was not enabled for this contact\(detail) — its flow's redaction setting decides "
                + "whether Raw, Redacted or both are produced: try with or without --redacted"
        case ServiceErrorCode.invalidRequest.rawValue:
            return "the service rejected the request\(detail)"
        default:
            return shortReason + used
        }
    }
}
