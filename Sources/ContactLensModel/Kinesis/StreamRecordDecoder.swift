import FoundationEssentials

/// Reads segment-stream records. A record of another contact is recognised from its ContactId
/// (or InstanceId) and left there, before the segments are read. A well-formed record goes
/// through `JSONReader`; anything it is not sure of goes whole to `JSONDecoder`, as for pages.
package enum StreamRecordDecoder {
    /// The record's event, `.otherContact` when a filter is given and does not match, or
    /// `.unreadable` for bytes that are not a Contact Lens event.
    package static func decode(_ data: [UInt8], contactId: String? = nil, instanceId: String? = nil) -> StreamRecord {
        if let fast = data.withUnsafeBufferPointer({ FastRead.record($0, contactId: contactId, instanceId: instanceId) }) {
            return fast
        }
        let event: SegmentStreamEvent
        do {
            event = try JSONDecoder().decode(SegmentStreamEvent.self, from: Data(data))
        } catch {
            let isJSON = JSONValue.isValid(data)
            return .unreadable(isJSON ? "not a Contact Lens event (\(Self.reason(error)))" : "not JSON")
        }
        if let contactId, event.contactId != contactId { return .otherContact }
        if let instanceId, let seen = event.instanceId, seen != instanceId { return .otherContact }
        return .event(event)
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, _): return "no \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// The fast path: nil means "ask JSONDecoder".
private enum FastRead {
    typealias Unsupported = JSONReader.Unsupported

    static func record(_ bytes: UnsafeBufferPointer<UInt8>, contactId wanted: String?, instanceId wantedInstance: String?)
        -> StreamRecord?
    {
        var r = JSONReader(bytes)
        var version: String?
        var channel: String?
        var account: String?
        var instance: String?
        var contact: String?
        var type: String?
        var streaming = false
        var language: String?
        var rawSegments: [UInt8]?
        var segments: [Segment]?
        do throws(Unsupported) {
            let isWanted = try r.readObject(SegmentStreamEvent.CodingKeys.self) { member, r throws(Unsupported) in
                switch member {
                case .contactId:
                    let value = try r.readString()
                    if let wanted, value != wanted { return false }
                    contact = value
                case .instanceId:
                    instance = try r.readStringOrNull()
                    if let wantedInstance, let instance, instance != wantedInstance { return false }
                case .version: version = try r.readStringOrNull()
                case .channel: channel = try r.readStringOrNull()
                case .accountId: account = try r.readStringOrNull()
                case .eventType, .streamingEventType:
                    // Both at once is left to JSONDecoder, which prefers EventType.
                    guard type == nil else { throw Unsupported() }
                    streaming = member == .streamingEventType
                    type = try r.readString()
                case .languageCode: language = try r.readStringOrNull()
                case .segments:
                    if r.readNull() { break }
                    // Read in place once the schema and the contact are known (the usual order);
                    // else keep the bytes until they are.
                    if let version, contact != nil || wanted == nil {
                        segments = try PageDecoder.segments(
                            &r, chat: SegmentStreamEvent.isChat(version: version, channel: nil, streaming: false))
                    } else {
                        rawSegments = try r.rawValue()
                    }
                }
                return true
            }
            guard isWanted else { return .otherContact }
            try r.finish()
            guard let contact, let type else { return nil }
            let chat = SegmentStreamEvent.isChat(version: version, channel: channel, streaming: streaming)
            if let rawSegments { segments = try self.segments(rawSegments, chat: chat) }
            return .event(
                SegmentStreamEvent(
                    version: version, channel: channel, accountId: account, instanceId: instance, contactId: contact,
                    eventType: StreamEventType(rawValue: type), languageCode: language, segments: segments ?? []))
        } catch {
            return nil
        }
    }

    /// Segments kept as bytes because they came before what decides how to read them: voice
    /// objects as `PageDecoder` reads them, chat objects as the chat API's pages are read (one the
    /// reader refuses sends the whole record to `JSONDecoder`, which reports the reason).
    static func segments(_ raw: [UInt8], chat: Bool) throws(Unsupported) -> [Segment] {
        try raw.withUnsafeBufferPointer { buffer throws(Unsupported) in
            var r = JSONReader(buffer)
            let all = try PageDecoder.segments(&r, chat: chat)
            try r.finish()
            return all
        }
    }
}
