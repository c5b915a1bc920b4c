import AWSSigV4
import FoundationEssentials

/// Who a set of credentials belongs to (STS GetCallerIdentity).
package struct CallerIdentity: Sendable, Hashable {
    /// The 12-digit account id.
    package let account: String
    /// "arn:aws:iam::111122223333:user/ana" or "arn:aws:sts::111122223333:assumed-role/Admin/session".
    package let arn: String
    /// The unique id of the user or role session, e.g. "AROA…:session".
    package let userId: String

    package init(account: String, arn: String, userId: String) {
        self.account = account
        self.arn = arn
        self.userId = userId
    }
}

/// What AssumeRole is asked, from a profile's role_arn, role_session_name, external_id,
/// duration_seconds and mfa_serial (with the code typed for it).
package struct AssumeRoleRequest: Sendable {
    package var roleArn: String
    package var sessionName: String
    package var externalId: String?
    package var durationSeconds: Int?
    package var serialNumber: String?
    package var tokenCode: String?

    package init(
        roleArn: String, sessionName: String, externalId: String? = nil, durationSeconds: Int? = nil,
        serialNumber: String? = nil, tokenCode: String? = nil
    ) {
        self.roleArn = roleArn
        self.sessionName = sessionName
        self.externalId = externalId
        self.durationSeconds = durationSeconds
        self.serialNumber = serialNumber
        self.tokenCode = tokenCode
    }

    /// The query parameters after Action and Version, in the order botocore sends them.
    var parameters: [(String, String)] {
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        if let externalId { parameters.append(("ExternalId", externalId)) }
        if let serialNumber { parameters.append(("SerialNumber", serialNumber)) }
        if let tokenCode { parameters.append(("TokenCode", tokenCode)) }
        return parameters
    }
}

/// Temporary credentials from AssumeRole or AssumeRoleWithWebIdentity.
package struct STSCredentials: Sendable {
    package let credentials: AWSCredentials
    package let expiration: Date
    /// The role session, e.g. "arn:aws:sts::111122223333:assumed-role/Admin/lenstail-1700000000".
    package let assumedRoleArn: String?

    /// Reads `<Result>/Credentials` and `<Result>/AssumedRoleUser/Arn` of an STS answer.
    init(_ xml: XMLTree, result: String) throws(ClientError) {
        let prefix = result + "/Credentials/"
        guard let accessKey = xml[prefix + "AccessKeyId"], !accessKey.isEmpty,
            let secret = xml[prefix + "SecretAccessKey"], !secret.isEmpty,
            let token = xml[prefix + "SessionToken"], !token.isEmpty
        else {
            throw .malformedResponse("STS answered without AccessKeyId, SecretAccessKey or SessionToken")
        }
        guard let expiration = xml[prefix + "Expiration"].flatMap(RFC3339.parse) else {
            throw .malformedResponse("STS answered without a readable Expiration")
        }
        credentials = AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token)
        self.expiration = expiration
        assumedRoleArn = xml[result + "/AssumedRoleUser/Arn"]
    }
}
