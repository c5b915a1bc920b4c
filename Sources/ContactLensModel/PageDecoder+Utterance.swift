extension PageDecoder {
    /// An `Utterance` of the segment stream, member by member as its `Codable` conformance reads it.
    static func utterance(_ r: inout JSONReader) throws(Unsupported) -> Utterance {
        var id: String?
        var transcriptId: String?
        var participantId: String?
        var participantRole: String?
        var content: String?
        var begin: Int?
        var end: Int?
        var sentiment: Sentiment?
        var issues: [IssueDetected]?
        var seen = Members()
        var seenIssues = false
        try r.beginObject()
        while let key = try r.nextKey() {
            switch key {
            case "Id":
                try seen.first(0)
                id = try r.readString()
            case "TranscriptId":
                try seen.first(1)
                transcriptId = r.readNull() ? nil : try r.readString()
            case "ParticipantId":
                try seen.first(2)
                participantId = try r.readString()
            case "ParticipantRole":
                try seen.first(3)
                participantRole = try r.readString()
            case "PartialContent":
                try seen.first(4)
                content = try r.readString()
            case "BeginOffsetMillis":
                try seen.first(5)
                begin = try r.readInt()
            case "EndOffsetMillis":
                try seen.first(6)
                end = try r.readInt()
            case "Sentiment":
                try seen.first(7)
                sentiment = r.readNull() ? nil : Sentiment(rawValue: try r.readString())
            case "IssuesDetected":
                // `Members` holds eight; the ninth is tracked apart. A repeat goes to JSONDecoder.
                guard !seenIssues else { throw Unsupported() }
                seenIssues = true
                issues = r.readNull() ? nil : try r.readArray(issue)
            default: try r.skipValue()
            }
        }
        guard let id, let participantId, let participantRole, let content, let begin, let end else { throw Unsupported() }
        return Utterance(
            id: id, transcriptId: transcriptId, participantId: participantId, participantRole: participantRole,
            partialContent: content, beginOffsetMillis: begin, endOffsetMillis: end,
            sentiment: sentiment, issuesDetected: issues)
    }
}
