/// One record of the Contact Lens real-time segment stream (the instance's Kinesis data stream):
/// voice events (schema 1.0.0, `EventType`) or chat events (schema 2.0.0, `StreamingEventType`).
/// Every contact of the instance shares the stream; `contactId` tells them apart.
package struct SegmentStreamEvent: Hashable, Sendable {
    package var version: String?
    /// VOICE or CHAT.
    package var channel: String?
    package var accountId: String?
    package var instanceId: String?
    package var contactId: String
    package var eventType: StreamEventType
    package var languageCode: String?
    /// Voice: the segments in this model's kinds (Utterance, Transcript, Categories,
    /// PostContactSummary, or unknown). Chat: the chat API's shapes (`Segment.chat`).
    package var segments: [Segment]

    package init(
        version: String? = "1.0.0", channel: String? = "VOICE", accountId: String? = nil, instanceId: String?,
        contactId: String, eventType: StreamEventType, languageCode: String? = nil, segments: [Segment] = []
    ) {
        self.version = version
        self.channel = channel
        self.accountId = accountId
        self.instanceId = instanceId
        self.contactId = contactId
        self.eventType = eventType
        self.languageCode = languageCode
        self.segments = segments
    }

    /// True for chat's schema (2.x, or `StreamingEventType`), whose segments are V2 shapes.
    package var isChat: Bool { Self.isChat(version: version, channel: channel, streaming: false) }

    /// The schema decides; without a Version, the channel or the chat schema's event key.
    static func isChat(version: String?, channel: String?, streaming: Bool) -> Bool {
        if let version { return !version.hasPrefix("1.") }
        return channel == "CHAT" || streaming
    }
}

/// `EventType` / `StreamingEventType`: STARTED, SEGMENTS (zero or more), then COMPLETED or FAILED.
package struct StreamEventType: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let started = StreamEventType(rawValue: "STARTED")
    package static let segments = StreamEventType(rawValue: "SEGMENTS")
    package static let completed = StreamEventType(rawValue: "COMPLETED")
    package static let failed = StreamEventType(rawValue: "FAILED")
    package static let knownValues: [StreamEventType] = [.started, .segments, .completed, .failed]
}

/// What one stream record turned out to be.
package enum StreamRecord: Hashable, Sendable {
    /// An event of the contact asked for (or of any contact, without a filter).
    case event(SegmentStreamEvent)
    /// Another contact's event, recognised by its ContactId (or InstanceId) alone.
    case otherContact
    /// Not JSON, or JSON that is not a Contact Lens event; the reason in a few words.
    case unreadable(String)
}
