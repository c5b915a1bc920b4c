/// One record of the Contact Lens real-time segment stream (the instance's Kinesis data stream):
/// voice events (schema 1.0.0, `EventType`) or chat events (schema 2.0.0, `StreamingEventType`).
/// Every contact of the instance shares the stream; `contactId` tells them apart.
public struct SegmentStreamEvent: Hashable, Sendable {
    public var version: String?
    /// VOICE or CHAT.
    public var channel: String?
    public var accountId: String?
    public var instanceId: String?
    public var contactId: String
    public var eventType: StreamEventType
    public var languageCode: String?
    /// Voice: the segments in this model's kinds (Utterance, Transcript, Categories,
    /// PostContactSummary, or unknown). Chat: every segment as `.unknown` with its V2 JSON.
    public var segments: [Segment]

    public init(version: String? = "1.0.0", channel: String? = "VOICE", accountId: String? = nil, instanceId: String?,
                contactId: String, eventType: StreamEventType, languageCode: String? = nil, segments: [Segment] = []) {
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
    public var isChat: Bool { Self.isChat(version: version, channel: channel, streaming: false) }

    /// The schema decides; without a Version, the channel or the chat schema's event key.
    static func isChat(version: String?, channel: String?, streaming: Bool) -> Bool {
        if let version { return !version.hasPrefix("1.") }
        return channel == "CHAT" || streaming
    }
}

/// `EventType` / `StreamingEventType`: STARTED, SEGMENTS (zero or more), then COMPLETED or FAILED.
public struct StreamEventType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let started = StreamEventType(rawValue: "STARTED")
    public static let segments = StreamEventType(rawValue: "SEGMENTS")
    public static let completed = StreamEventType(rawValue: "COMPLETED")
    public static let failed = StreamEventType(rawValue: "FAILED")
    public static let knownValues: [StreamEventType] = [.started, .segments, .completed, .failed]
}

/// What one stream record turned out to be.
public enum StreamRecord: Hashable, Sendable {
    /// An event of the contact asked for (or of any contact, without a filter).
    case event(SegmentStreamEvent)
    /// Another contact's event, recognised by its ContactId (or InstanceId) alone.
    case otherContact
    /// Not JSON, or JSON that is not a Contact Lens event; the reason in a few words.
    case unreadable(String)
}
