/// AWS access key, secret and optional session token; printing never reveals the secret or token.
public struct AWSCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    public let accessKeyId: String
    public let secretAccessKey: String
    public let sessionToken: String?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// The access key id and whether a session token is present; nothing secret.
    public var description: String {
        "AWSCredentials(\(accessKeyId)\(sessionToken == nil ? "" : ", with session token"))"
    }

    public var debugDescription: String { description }

    /// Keeps `dump()` and mirrors from walking into the secret fields.
    public var customMirror: Mirror {
        Mirror(self, children: ["accessKeyId": accessKeyId, "hasSessionToken": sessionToken != nil])
    }
}
