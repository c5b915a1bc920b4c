/// A Contact Lens post-contact analysis file, voice or chat, as the official examples lay it
/// out: read leniently (every member optional, a member of an unexpected type skipped, members
/// nobody modelled kept as raw JSON in `unknown`). `version` is kept but never consulted: its
/// value has changed over the years while the layout stayed readable.
package struct PostContactAnalysis: Sendable, Hashable, Decodable {
    package var version: String?
    package var accountId: String?
    /// VOICE or CHAT (or what a later version writes).
    package var channel: String?
    package var languageCode: String?
    /// COMPLETED, FAILED, …
    package var jobStatus: String?
    package var contentMetadata: ContentMetadata?
    /// Chat: which contact and instance, and the chat transcript read.
    package var customerMetadata: CustomerMetadata?
    package var chatTranscriptVersion: String?
    package var participants: [AnalysisParticipant]
    package var categories: AnalysisCategories?
    package var conversationCharacteristics: ConversationCharacteristics?
    package var transcript: [AnalysisTranscriptItem]
    package var unknown: [String: RawJSON]

    package init(
        version: String? = nil, accountId: String? = nil, channel: String? = nil, languageCode: String? = nil,
        jobStatus: String? = nil, contentMetadata: ContentMetadata? = nil, customerMetadata: CustomerMetadata? = nil,
        chatTranscriptVersion: String? = nil, participants: [AnalysisParticipant] = [], categories: AnalysisCategories? = nil,
        conversationCharacteristics: ConversationCharacteristics? = nil, transcript: [AnalysisTranscriptItem] = [],
        unknown: [String: RawJSON] = [:]
    ) {
        self.version = version
        self.accountId = accountId
        self.channel = channel
        self.languageCode = languageCode
        self.jobStatus = jobStatus
        self.contentMetadata = contentMetadata
        self.customerMetadata = customerMetadata
        self.chatTranscriptVersion = chatTranscriptVersion
        self.participants = participants
        self.categories = categories
        self.conversationCharacteristics = conversationCharacteristics
        self.transcript = transcript
        self.unknown = unknown
    }

    static let known: Set<String> = [
        "Version", "AccountId", "Channel", "LanguageCode", "JobStatus", "ContentMetadata", "CustomerMetadata",
        "ChatTranscriptVersion", "Participants", "Categories", "ConversationCharacteristics", "Transcript",
    ]

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        version = c.text("Version")
        accountId = c.text("AccountId")
        channel = c.text("Channel")
        languageCode = c.text("LanguageCode")
        jobStatus = c.text("JobStatus")
        contentMetadata = c.lenient("ContentMetadata")
        customerMetadata = c.lenient("CustomerMetadata")
        chatTranscriptVersion = c.text("ChatTranscriptVersion")
        participants = c.list("Participants") ?? []
        categories = c.lenient("Categories")
        conversationCharacteristics = c.lenient("ConversationCharacteristics")
        transcript = c.list("Transcript") ?? []
        unknown = c.unknown(except: Self.known)
    }

    /// A chat file: `Channel` CHAT, or, when a file does not say, chat's own members.
    package var isChat: Bool {
        if let channel { return channel.uppercased() == "CHAT" }
        return chatTranscriptVersion != nil || transcript.contains { $0.absoluteTime != nil }
    }

    /// The redacted copy (`ContentMetadata.Output` Redacted).
    package var isRedacted: Bool { contentMetadata?.output?.lowercased() == "redacted" }

    /// The role of a participant id, from `Participants` (voice turns name only their participant).
    package func role(of participantId: String?) -> String? {
        guard let participantId else { return nil }
        return participants.first { $0.participantId == participantId }?.participantRole
    }
}

/// `ContentMetadata`: raw or redacted, and what kinds of data were redacted.
package struct ContentMetadata: Sendable, Hashable, Decodable {
    /// Raw or Redacted.
    package var output: String?
    package var redactionTypes: [String]

    package init(output: String?, redactionTypes: [String] = []) {
        self.output = output
        self.redactionTypes = redactionTypes
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        output = c.text("Output")
        redactionTypes = c.list("RedactionTypes") ?? []
    }
}

/// `CustomerMetadata` (chat files): the contact, its instance, the transcript that was read.
package struct CustomerMetadata: Sendable, Hashable, Decodable {
    package var contactId: String?
    package var instanceId: String?
    package var inputS3Uri: String?

    package init(contactId: String?, instanceId: String?, inputS3Uri: String? = nil) {
        self.contactId = contactId
        self.instanceId = instanceId
        self.inputS3Uri = inputS3Uri
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        contactId = c.text("ContactId")
        instanceId = c.text("InstanceId")
        inputS3Uri = c.text("InputS3Uri")
    }
}
