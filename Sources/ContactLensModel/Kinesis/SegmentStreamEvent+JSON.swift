import FoundationEssentials

extension SegmentStreamEvent {
    /// The event as a record's data, members in the order Contact Lens writes them: the ids come
    /// before `Segments`, so a reader can skip another contact's record early. (`JSONEncoder`
    /// does not keep member order.)
    package func serialized() throws -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        func member(_ name: String, _ value: String?) {
            guard let value else { return }
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            JSONString.write(name, into: &out)
            out.append(UInt8(ascii: ":"))
            JSONString.write(value, into: &out)
        }
        member(CodingKeys.version.rawValue, version)
        member(CodingKeys.channel.rawValue, channel)
        member(CodingKeys.accountId.rawValue, accountId)
        member(CodingKeys.instanceId.rawValue, instanceId)
        member(CodingKeys.contactId.rawValue, contactId)
        member(CodingKeys.languageCode.rawValue, languageCode)
        member((isChat ? CodingKeys.streamingEventType : .eventType).rawValue, eventType.rawValue)
        if eventType == .segments || !segments.isEmpty {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]  // the same event, the same bytes
            out += Array(#","Segments":"#.utf8) + Array(try encoder.encode(segments))
        }
        out.append(UInt8(ascii: "}"))
        return out
    }
}
