/// The S3 operations lenstail calls, with the IAM action each needs.
package enum S3Operation: String, Sendable {
    case listObjectsV2 = "ListObjectsV2"
    case getObject = "GetObject"
    case putObject = "PutObject"

    /// ListObjectsV2 is allowed by `s3:ListBucket` on the bucket, GetObject by `s3:GetObject` on the object.
    package var iamAction: String {
        switch self {
        case .listObjectsV2: "s3:ListBucket"
        case .getObject: "s3:GetObject"
        case .putObject: "s3:PutObject"
        }
    }
}

extension ClientError {
    /// One line about a failed S3 call that says what to do: the fix, and for a refusal the IAM
    /// action and resource (`kms:Decrypt` too when S3 says a KMS key refused). `credentialSource`
    /// says where the credentials came from, never their values.
    package func s3Advice(_ operation: S3Operation, bucket: String, key: String? = nil, credentialSource: String?) -> String {
        let object = "s3://\(bucket)" + (key.map { "/\($0)" } ?? "")
        let used = credentialSource.map { " (credentials from \($0))" } ?? ""
        if case .tooLarge(let limit, let declared) = self {
            return "\(object) is \(declared.map(ByteSize.describe) ?? "larger than that"), over the \(ByteSize.describe(limit)) "
                + "lenstail reads of one file — is it the right object?"
        }
        guard case .service(let error) = self else {
            return "\(operation.rawValue) \(object): \(advice(credentialSource: credentialSource))"
        }
        let detail = error.message.isEmpty ? "" : ": \(error.message)"
        let resource = operation == .listObjectsV2 ? "arn:aws:s3:::\(bucket)" : "arn:aws:s3:::\(bucket)/\(key ?? "*")"
        if error.code.hasPrefix("KMS.") || error.message.lowercased().contains("kms") {
            let kms = operation == .putObject ? "kms:GenerateDataKey" : "kms:Decrypt"
            return "\(object): the bucket's KMS key refused\(detail) — the IAM identity\(used) needs \(kms) on the key "
                + "that encrypts the bucket, as well as \(operation.iamAction) on \(resource)"
        }
        switch error.code {
        case "NoSuchBucket":
            return "no bucket \(bucket) (NoSuchBucket) — check the bucket name and the account: "
                + "ListInstanceStorageConfigs (CALL_RECORDINGS) names the instance's bucket"
        case "NoSuchKey":
            return "no object \(object) (NoSuchKey) — Contact Lens writes a contact's analysis file minutes after it ends, "
                + "and only when the contact was analysed"
        case "AccessDenied", "AllAccessDisabled":
            let missing =
                operation == .getObject
                ? " (without s3:ListBucket on the bucket, S3 also answers AccessDenied for a key that does not exist)" : ""
            return
                "access denied to \(object)\(detail) — the IAM identity\(used) needs \(operation.iamAction) on \(resource)\(missing)"
        case "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException", "TemporaryRedirect":
            return "the bucket \(bucket) is in another region than the one asked\(detail) — pass its region with --region"
        case "InvalidAccessKeyId":
            return "S3 does not know the access key\(used)\(detail)"
        case "SignatureDoesNotMatch":
            return "S3 refused the request signature\(detail) — check the secret access key\(used) and this machine's clock"
        case "RequestTimeTooSkewed":
            return "S3 refused the request's time\(detail) — this machine's clock is off; set it right (NTP)"
        case "ExpiredToken", "TokenRefreshRequired":
            return "the session token has expired\(used)\(detail) — refresh your credentials"
        case "InvalidObjectState":
            return "\(object) is archived (Glacier or Deep Archive)\(detail) — restore it before reading it"
        case "SlowDown", "ServiceUnavailable", "InternalError":
            return "S3 is busy or failing (\(error.code))\(detail) — try again shortly"
        default:
            return "\(operation.rawValue) \(object): \(error.code)\(detail)\(used)"
        }
    }
}
