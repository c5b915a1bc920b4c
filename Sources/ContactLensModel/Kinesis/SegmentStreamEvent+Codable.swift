import FoundationEssentials

extension SegmentStreamEvent: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case version = "Version"
        case channel = "Channel"
        case accountId = "AccountId"
        case instanceId = "InstanceId"
        case contactId = "ContactId"
        case eventType = "EventType"
        case streamingEventType = "StreamingEventType"
        case languageCode = "LanguageCode"
        case segments = "Segments"
    }

    /// As `JSONDecoder` reads it (the fallback of `StreamRecordDecoder`): voice segments in this
    /// model's kinds, chat segments in the chat API's shapes (the same `ChatSegmentObject`).
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        channel = try c.decodeIfPresent(String.self, forKey: .channel)
        accountId = try c.decodeIfPresent(String.self, forKey: .accountId)
        instanceId = try c.decodeIfPresent(String.self, forKey: .instanceId)
        contactId = try c.decode(String.self, forKey: .contactId)
        languageCode = try c.decodeIfPresent(String.self, forKey: .languageCode)
        let streaming = try c.decodeIfPresent(StreamEventType.self, forKey: .streamingEventType)
        guard let type = try c.decodeIfPresent(StreamEventType.self, forKey: .eventType) ?? streaming else {
            throw DecodingError.keyNotFound(
                CodingKeys.eventType,
                DecodingError.Context(
                    codingPath: c.codingPath, debugDescription: "neither EventType nor StreamingEventType"))
        }
        eventType = type
        if Self.isChat(version: version, channel: channel, streaming: streaming != nil) {
            segments = try c.decodeIfPresent([ChatSegmentObject].self, forKey: .segments)?.flatMap(\.segments) ?? []
        } else {
            segments = try c.decodeIfPresent([SegmentObject].self, forKey: .segments)?.flatMap(\.segments) ?? []
        }
    }

    /// The event in the stream's own shape: `StreamingEventType` for chat, `EventType` for voice.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(version, forKey: .version)
        try c.encodeIfPresent(channel, forKey: .channel)
        try c.encodeIfPresent(accountId, forKey: .accountId)
        try c.encodeIfPresent(instanceId, forKey: .instanceId)
        try c.encode(contactId, forKey: .contactId)
        try c.encodeIfPresent(languageCode, forKey: .languageCode)
        try c.encode(eventType, forKey: isChat ? .streamingEventType : .eventType)
        if eventType == .segments || !segments.isEmpty { try c.encode(segments, forKey: .segments) }
    }
}
