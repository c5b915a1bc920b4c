import ContactLensModel
import FoundationEssentials

/// What a contact's analysis file says besides its transcript: whose account and instance, when
/// the contact was connected to an agent (the date and time of the file's key), the names to
/// redact, and where the instance keeps chat transcripts (a chat file's `InputS3Uri`).
package struct AnalysisContext: Sendable, Hashable {
    package var accountId: String
    package var instanceId: String
    package var connectedToAgent: Date
    package var languageCode: String
    /// People's names the redacted copy replaces with `[PII]`.
    package var names: [String]
    /// The CHAT_TRANSCRIPTS bucket and prefix.
    package var chatTranscripts: S3Location?

    package init(
        accountId: String = DemoIdentity.account, instanceId: String, connectedToAgent: Date, languageCode: String = "en-US",
        names: [String] = [], chatTranscripts: S3Location? = nil
    ) {
        self.accountId = accountId
        self.instanceId = instanceId
        self.connectedToAgent = connectedToAgent
        self.languageCode = languageCode
        self.names = names
        self.chatTranscripts = chatTranscripts
    }

    /// `s3://BUCKET/PREFIX/YYYY/MM/DD/<contact>_<YYYYMMDDTHH:MM>_UTC.json`, where Amazon Connect
    /// keeps the chat's transcript.
    func chatTranscriptURI(contactId: String) -> String? {
        guard let chatTranscripts else { return nil }
        let time = ISOTime.format(epochMillis: Int(connectedToAgent.timeIntervalSince1970 * 1000))
        let date = time.prefix(10).replacing("-", with: "/")
        let stamp = time.prefix(10).replacing("-", with: "") + "T" + time.dropFirst(11).prefix(5)
        let base = chatTranscripts.prefix
        let prefix = base.isEmpty || base.hasSuffix("/") ? base : base + "/"
        return "s3://\(chatTranscripts.bucket)/\(prefix)\(date)/\(contactId)_\(stamp)_UTC.json"
    }
}

/// A bucket and a key prefix in it.
package struct S3Location: Sendable, Hashable {
    package var bucket: String
    package var prefix: String

    package init(bucket: String, prefix: String = "") {
        self.bucket = bucket
        self.prefix = prefix
    }
}
