import AWSClient
import ContactLensModel

/// What to do about each failure `lenstail check` can find; nil when the failure's own words
/// already say it (most credential errors name their fix).
enum CheckAdvice {
    static let fixClock = "fix the clock (timedatectl set-ntp true)"

    static func credentials(_ error: any Error) -> String? {
        guard let error = error as? CredentialError else { return "check the profile files and the variables named" }
        switch error.kind {
        case .notFound where error.message.hasPrefix("no AWS credentials found"):
            return nil
        case .notFound, .incomplete:
            return "give the profile both keys, credential_process, role_arn or SSO settings, or set AWS_ACCESS_KEY_ID"
                + " and AWS_SECRET_ACCESS_KEY"
        case .profileNotFound:
            return "check --profile / AWS_PROFILE, or add the profile to ~/.aws/config"
        case .ssoLoginRequired, .sourceProfileLoop, .unsupported:
            return nil
        case .mfaUnavailable:
            return error.message.contains(": ") ? nil : "run lenstail check again and type the device's current code"
        case .invalidConfiguration, .malformedFile, .unreadableFile:
            return "correct the setting or file named"
        case .fetchFailed:
            return "check the role, its trust policy and the network (STS, SSO, container or instance metadata)"
        case .processFailed, .processTimedOut, .processInvalidOutput:
            return "run the credential_process command by hand to see why"
        case .expired:
            return "refresh the credentials"
        }
    }

    /// A refused or failed STS GetCallerIdentity.
    static func identity(_ error: ClientError, sts: String) -> String {
        switch error {
        case .service(let failure):
            switch failure.code {
            case "InvalidClientTokenId", "UnrecognizedClientException":
                return
                    "AWS does not know this access key (deleted, mistyped, or of another partition): check or refresh the credentials"
            case "SignatureDoesNotMatch", "InvalidSignatureException", "IncompleteSignature":
                return "the secret access key does not belong to the access key id: check it"
            case "ExpiredToken", "ExpiredTokenException", "RequestExpired":
                return "refresh the credentials (aws sso login, or the tool that made them)"
            default:
                return "check the credentials, and AWS_ENDPOINT_URL_STS if set"
            }
        case .cannotConnect, .timeout, .transport, .untrustedCertificate, .redirect:
            return "check the network and any proxy; STS is \(sts) (AWS_ENDPOINT_URL_STS changes it)"
        default:
            return "check AWS_ENDPOINT_URL_STS and the network"
        }
    }

    /// A refused or failed ListRealtimeContactAnalysisSegments.
    static func contact(_ error: ClientError, instanceId: String, region: String, identity: String) -> String {
        guard case .service(let failure) = error else {
            return error.isTransient
                ? "check the endpoint, the network and any proxy, then run check again"
                : "check the endpoint (--endpoint-url) and the network"
        }
        switch failure.code {
        case ServiceErrorCode.accessDenied.rawValue:
            return
                "attach the policy in the README (connect:ListRealtimeContactAnalysisSegments on instance \(instanceId)/contact/*)"
                + " to \(identity)"
        case ServiceErrorCode.resourceNotFound.rawValue:
            return "check the ids and the region (\(region)); real-time analysis must be on for the call, and data is kept"
                + " 24 h; a call whose analysis has not started yet answers the same: run check again in a few seconds"
        case ServiceErrorCode.invalidRequest.rawValue:
            return "check the instance and contact ids"
        case ServiceErrorCode.throttling.rawValue:
            return "the account's quota (1 request/s, shared by every caller) is in use: run check again in a moment"
        case "InvalidSignatureException", "IncompleteSignatureException":
            return "the secret access key does not belong to the access key id: check it"
        case "UnrecognizedClientException":
            return "AWS does not know this access key or session token: check or refresh the credentials"
        case "ExpiredTokenException":
            return "refresh the credentials (aws sso login, or the tool that made them)"
        default:
            return failure.isRetryable
                ? "the service failed: run check again in a moment"
                : "see the message; the README's troubleshooting table lists more"
        }
    }
}
