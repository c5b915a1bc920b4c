import ContactLensModel

/// A value `PrettyJSONWriter` writes as `JSONEncoder` encodes it (pretty, sorted keys): each
/// writes its members in sorted order and leaves out the nil ones.
protocol JSONWritable {
    func write(to json: inout PrettyJSONWriter)
}

extension PrettyJSONWriter {
    /// `"name" : value`; nothing when `value` is nil.
    mutating func member(_ name: StaticString, _ value: (some JSONWritable)?) {
        guard let value else { return }
        key(name)
        value.write(to: &self)
    }

    /// `"name" : [ … ]`; nothing when `values` is nil.
    mutating func member(_ name: StaticString, _ values: [some JSONWritable]?) {
        guard let values else { return }
        key(name)
        beginArray()
        for value in values {
            element()
            value.write(to: &self)
        }
        endArray()
    }

    /// An object whose members `body` writes.
    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }
}

extension JSONExport.Document: JSONWritable {
    func write(to json: inout PrettyJSONWriter) { write(to: &json, callTurns: nil) }

    /// With `callTurns`, the transcript is those turns in the call API's `Transcript` shape.
    func write(to json: inout PrettyJSONWriter, callTurns: [Turn]?) {
        json.object {
            $0.member("Attachments", attachments)
            $0.member("Categories", categories)
            $0.member("Channel", channel)
            $0.member("ContactId", contactId)
            $0.member("Event", events)
            $0.member("InstanceId", instanceId)
            $0.member("Issues", issues)
            $0.member("PostContact", postContact)
            $0.member("PostContactSummary", postContactSummary)
            if let callTurns {
                $0.key("Transcript")
                $0.beginArray()
                for index in callTurns.indices {
                    $0.element()
                    $0.callTurn(callTurns[index])
                }
                $0.endArray()
            } else {
                $0.member("Transcript", transcript)
            }
            $0.member("Transfers", transfers)
        }
    }
}

extension PrettyJSONWriter {
    /// A call's turn as `Transcript(call:)` writes it, read in place instead of copied.
    mutating func callTurn(_ turn: Turn) {
        var begin = 0
        var end = 0
        if case .callOffset(let b, let e) = turn.time { (begin, end) = (b, e) }
        beginObject()
        member("BeginOffsetMillis", begin)
        member("Content", turn.content)
        member("EndOffsetMillis", end)
        member("Id", turn.id)
        member("IssuesDetected", turn.issuesDetected)
        member("ParticipantId", turn.participantId)
        member("ParticipantRole", turn.participantRole)
        member("Sentiment", turn.sentiment?.rawValue)
        endObject()
    }
}

extension JSONExport.Entry: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        switch self {
        case .call(let transcript): transcript.write(to: &json)
        case .message(let message): message.write(to: &json)
        }
    }
}

extension JSONExport.Category: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("Name", name)
            $0.member("PointsOfInterest", pointsOfInterest)
            $0.member("TranscriptItems", transcriptItems)
        }
    }
}

extension Transcript: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("BeginOffsetMillis", beginOffsetMillis)
            $0.member("Content", content)
            $0.member("EndOffsetMillis", endOffsetMillis)
            $0.member("Id", id)
            $0.member("IssuesDetected", issuesDetected)
            $0.member("ParticipantId", participantId)
            $0.member("ParticipantRole", participantRole)
            $0.member("Sentiment", sentiment?.rawValue)
        }
    }
}

extension IssueDetected: JSONWritable {
    func write(to json: inout PrettyJSONWriter) { json.object { $0.member("CharacterOffsets", characterOffsets) } }
}

extension CharacterOffsets: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("BeginOffsetChar", beginOffsetChar)
            $0.member("EndOffsetChar", endOffsetChar)
        }
    }
}

extension PointOfInterest: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("BeginOffsetMillis", beginOffsetMillis)
            $0.member("EndOffsetMillis", endOffsetMillis)
        }
    }
}

extension PostContactSummary: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("Content", content)
            $0.member("FailureCode", failureCode?.rawValue)
            $0.member("Status", status.rawValue)
        }
    }
}
