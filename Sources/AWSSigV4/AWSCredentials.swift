/// AWS access key, secret and optional session token; printing never reveals the secret or token.
package struct AWSCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    package let accessKeyId: String
    package let secretAccessKey: String
    package let sessionToken: String?

    package init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// The access key id and whether a session token is present; nothing secret.
    package var description: String {
        "AWSCredentials(\(accessKeyId)\(sessionToken == nil ? "" : ", with session token"))"
    }

    package var debugDescription: String { description }

    /// Keeps `dump()` and mirrors from walking into the secret fields.
    package var customMirror: Mirror {
        Mirror(self, children: ["accessKeyId": accessKeyId, "hasSessionToken": sessionToken != nil])
    }
}
