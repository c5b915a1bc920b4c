import ContactLensModel

/// The chat API's (V2) shapes as the JSON export writes them: sorted keys, nil members left out.
extension ChatTranscript: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("Content", content)
            $0.member("ContentType", contentType)
            $0.member("DisplayName", displayName)
            $0.member("Id", id)
            $0.member("ParticipantId", participantId)
            $0.member("ParticipantRole", participantRole)
            $0.member("Redaction", redaction)
            $0.member("Sentiment", sentiment?.rawValue)
            $0.member("Time", time)
        }
    }
}

extension ChatRedaction: JSONWritable {
    func write(to json: inout PrettyJSONWriter) { json.object { $0.member("CharacterOffsets", characterOffsets) } }
}

extension ChatTime: JSONWritable {
    func write(to json: inout PrettyJSONWriter) { json.object { $0.member("AbsoluteTime", absoluteTime) } }
}

extension ChatEvent: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("DisplayName", displayName)
            $0.member("EventType", eventType)
            $0.member("Id", id)
            $0.member("ParticipantId", participantId)
            $0.member("ParticipantRole", participantRole)
            $0.member("Time", time)
        }
    }
}

extension ChatAttachments: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("Attachments", attachments)
            $0.member("DisplayName", displayName)
            $0.member("Id", id)
            $0.member("ParticipantId", participantId)
            $0.member("ParticipantRole", participantRole)
            $0.member("Time", time)
        }
    }
}

extension ChatAttachment: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("AttachmentId", attachmentId)
            $0.member("AttachmentName", attachmentName)
            $0.member("ContentType", contentType)
            $0.member("Status", status)
        }
    }
}

extension ChatIssueItem: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("CharacterOffsets", characterOffsets)
            $0.member("Content", content)
            $0.member("Id", id)
        }
    }
}

extension ChatTranscriptItem: JSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object {
            $0.member("CharacterOffsets", characterOffsets)
            $0.member("Id", id)
        }
    }
}
