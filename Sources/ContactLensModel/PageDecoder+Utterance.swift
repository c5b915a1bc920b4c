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
        try r.readObject(Utterance.CodingKeys.self) { member, r throws(Unsupported) in
            switch member {
            case .id: id = try r.readString()
            case .transcriptId: transcriptId = try r.readStringOrNull()
            case .participantId: participantId = try r.readString()
            case .participantRole: participantRole = try r.readString()
            case .partialContent: content = try r.readString()
            case .beginOffsetMillis: begin = try r.readInt()
            case .endOffsetMillis: end = try r.readInt()
            case .sentiment: sentiment = try r.readStringOrNull().map(Sentiment.init(rawValue:))
            case .issuesDetected: issues = r.readNull() ? nil : try r.readArray(issue)
            }
        }
        guard let id, let participantId, let participantRole, let content, let begin, let end else { throw Unsupported() }
        return Utterance(
            id: id, transcriptId: transcriptId, participantId: participantId, participantRole: participantRole,
            partialContent: content, beginOffsetMillis: begin, endOffsetMillis: end,
            sentiment: sentiment, issuesDetected: issues)
    }
}
