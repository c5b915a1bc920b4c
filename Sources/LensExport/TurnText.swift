import ContactLensModel

/// A turn as every text output writes it — the streamed lines, the text and Markdown exports and
/// the view's saved file: its time, the participant, the sentiment, and the content with the
/// issues marked. Every untrusted string is sanitised here.
package enum TurnText {
    /// "CUSTOMER"; a chat's role with the display name beside it, "CUSTOMER Inés".
    package static func role(_ turn: Transcript) -> String { turn.roleLabel }

    /// "NEGATIVE", or `none` when the turn has no sentiment.
    package static func sentiment(_ turn: Transcript, none: String = "-") -> String {
        turn.sentiment.map { TerminalText.sanitize($0.rawValue) } ?? none
    }

    /// The content, each piece sanitised; `mark` writes an issue, `plain` the rest.
    package static func content(
        _ turn: Transcript, plain: (String) -> String = { $0 },
        mark: (String) -> String
    ) -> String {
        turn.issuePieces.map { piece in
            let text = TerminalText.sanitize(piece.text)
            return piece.isIssue ? mark(text) : plain(text)
        }.joined()
    }

    /// The content with issues in `[[ ]]`, so they show without colour.
    package static func markedContent(_ turn: Transcript) -> String { prefix(turn) + content(turn) { "[[\($0)]]" } }

    /// What a chat event or attachments line starts with, so it reads as such without colour.
    package static func prefix(_ turn: Transcript) -> String {
        switch turn.chat {
        case .event: "[event] "
        case .attachments: "[attachment] "
        case .message, .none: ""
        }
    }

    /// One line: `time  ROLE      SENTIMENT content`, the columns the text outputs share.
    package static func line(_ turn: Transcript, time: String) -> String {
        "\(time)  \(pad(role(turn), 9)) \(pad(sentiment(turn), 9)) \(markedContent(turn))"
    }

    /// "01:05" — when the turn began, in call time; a chat item's time of day ("09:15:03").
    package static func start(_ turn: Transcript) -> String {
        turn.chat != nil ? ChatClock.timeOfDay(turn) : CallTime.format(millis: turn.beginOffsetMillis)
    }

    /// "01:05-01:07" — when the turn began and ended; a chat item's time of day.
    package static func span(_ turn: Transcript) -> String {
        turn.chat != nil ? ChatClock.timeOfDay(turn) : span(turn.beginOffsetMillis, turn.endOffsetMillis)
    }

    /// When a category matched: its points of interest, or a chat's items' times of day.
    package static func categoryTimes(_ category: CategoryMatch, in store: TranscriptStore) -> [String] {
        guard store.isChat else { return category.pointsOfInterest.map { span($0.beginOffsetMillis, $0.endOffsetMillis) } }
        return category.transcriptItemIds.compactMap { store.turn(id: $0).map { ChatClock.timeOfDay($0) } }
    }

    package static func span(_ begin: Int, _ end: Int) -> String {
        "\(CallTime.format(millis: begin))-\(CallTime.format(millis: end))"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
