/// One turn of the conversation as the store keeps it: a call's transcript, or a chat's message,
/// event or attachments. Its `time` says which clock it is on, so no reader has to ask the
/// channel what a number means.
package struct Turn: Hashable, Sendable {
    package var id: String
    package var participantId: String
    package var participantRole: String
    package var content: String
    package var sentiment: Sentiment?
    package var issuesDetected: [IssueDetected]?
    /// Where the turn sorts: a call's offsets, or a chat item's time twice. Kept as two integers
    /// rather than a `TurnTime` (whose tag would cost 8 more bytes a turn): `chat` says which.
    let begin: Int
    let end: Int
    /// Chat: the message, event or attachments as the service sent them (boxed, so a call's turns
    /// pay one word for it); nil for a call's turn.
    package let chat: ChatItem?

    /// A call's turn: the API's transcript.
    package init(_ transcript: Transcript) {
        id = transcript.id
        participantId = transcript.participantId
        participantRole = transcript.participantRole
        content = transcript.content
        sentiment = transcript.sentiment
        issuesDetected = transcript.issuesDetected
        begin = transcript.beginOffsetMillis
        end = transcript.endOffsetMillis
        chat = nil
    }

    /// A chat's turn: an item, at its time (the start of time when it had none readable, so it sorts first).
    package init(_ item: ChatItem, participantId: String, participantRole: String, content: String) {
        id = item.id
        self.participantId = participantId
        self.participantRole = participantRole
        self.content = content
        let millis = item.time.epochMillis ?? 0
        begin = millis
        end = millis
        chat = item
    }

    /// When the turn happened, on its channel's clock.
    package var time: TurnTime { chat == nil ? .callOffset(begin: begin, end: end) : .absolute(epochMillis: begin) }

    /// The turn in call order before `other`: by time, then end, then id.
    static func precedes(_ a: Turn, _ b: Turn) -> Bool { (a.begin, a.end, a.id) < (b.begin, b.end, b.id) }
}

/// When a turn happened. A call counts from its start; a chat keeps the time of day.
package enum TurnTime: Hashable, Sendable {
    /// A call's turn: milliseconds from the start of the call (`BeginOffsetMillis`, `EndOffsetMillis`).
    case callOffset(begin: Int, end: Int)
    /// A chat item: when it was sent, in milliseconds since 1970 (its `AbsoluteTime`).
    case absolute(epochMillis: Int)
}
