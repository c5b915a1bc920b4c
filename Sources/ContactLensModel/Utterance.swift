/// A partial piece of a turn, as the Kinesis segment stream sends it seconds before the final
/// `Transcript`: pieces with the same `TranscriptId` concatenate, in order, into that turn.
/// The documented fields, plus `Sentiment` and `IssuesDetected`, which real records carry
/// (FACTS.md). `TranscriptId` is optional: a real record was seen without it.
package struct Utterance: Codable, Hashable, Sendable {
    package var id: String
    /// The final turn this piece belongs to; nil when the record did not say.
    package var transcriptId: String?
    package var participantId: String
    package var participantRole: String
    package var partialContent: String
    package var beginOffsetMillis: Int
    package var endOffsetMillis: Int
    package var sentiment: Sentiment?
    package var issuesDetected: [IssueDetected]?

    package init(
        id: String, transcriptId: String?, participantId: String, participantRole: String,
        partialContent: String, beginOffsetMillis: Int, endOffsetMillis: Int,
        sentiment: Sentiment? = nil, issuesDetected: [IssueDetected]? = nil
    ) {
        self.id = id
        self.transcriptId = transcriptId
        self.participantId = participantId
        self.participantRole = participantRole
        self.partialContent = partialContent
        self.beginOffsetMillis = beginOffsetMillis
        self.endOffsetMillis = endOffsetMillis
        self.sentiment = sentiment
        self.issuesDetected = issuesDetected
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "Id"
        case transcriptId = "TranscriptId"
        case participantId = "ParticipantId"
        case participantRole = "ParticipantRole"
        case partialContent = "PartialContent"
        case beginOffsetMillis = "BeginOffsetMillis"
        case endOffsetMillis = "EndOffsetMillis"
        case sentiment = "Sentiment"
        case issuesDetected = "IssuesDetected"
    }
}
