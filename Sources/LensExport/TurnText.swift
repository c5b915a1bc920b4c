import ContactLensModel

/// A turn as every text output writes it — the printed lines of `--output text`, the text and
/// Markdown exports and the view's saved file: its time, the participant, the sentiment, and the
/// content with the issues marked. Every untrusted string is sanitised here.
package enum TurnText {
    /// "CUSTOMER"; a chat's role with the display name beside it, "CUSTOMER Inés".
    static func role(_ turn: Turn) -> String { turn.roleLabel }

    /// "NEGATIVE", or `none` when the turn has no sentiment.
    static func sentiment(_ turn: Turn, none: String = "-") -> String {
        turn.sentiment.map { TerminalText.sanitize($0.rawValue) } ?? none
    }

    /// The content, each piece sanitised; `mark` writes an issue, `plain` the rest.
    static func content(
        _ turn: Turn, plain: (String) -> String = { $0 },
        mark: (String) -> String
    ) -> String {
        turn.issuePieces.map { piece in
            let text = TerminalText.sanitize(piece.text)
            return piece.isIssue ? mark(text) : plain(text)
        }.joined()
    }

    /// The content with issues in `[[ ]]`, so they show without colour.
    static func markedContent(_ turn: Turn) -> String { prefix(turn) + content(turn) { "[[\($0)]]" } }

    /// What a chat event or attachments line starts with, so it reads as such without colour.
    static func prefix(_ turn: Turn) -> String {
        switch turn.chat {
        case .event: "[event] "
        case .attachments: "[attachment] "
        case .message, .none: ""
        }
    }

    /// One line: `time  ROLE      SENTIMENT content`, the columns the text outputs share.
    package static func line(_ turn: Turn, time: String) -> String {
        "\(time)  \(pad(role(turn), 9)) \(pad(sentiment(turn), 9)) \(markedContent(turn))"
    }

    /// "01:05" — when the turn began, in call time; a chat item's time of day ("09:15:03").
    package static func start(_ turn: Turn) -> String { turn.time.start() }

    /// "01:05-01:07" — when the turn began and ended; a chat item's time of day.
    package static func span(_ turn: Turn) -> String { turn.time.span() }

    /// When a category matched: a call's points of interest, a chat's items' times of day (a
    /// category has one or the other).
    package static func categoryTimes(_ category: CategoryMatch, in store: TranscriptStore) -> [String] {
        category.pointsOfInterest.map { CallTime.span($0.beginOffsetMillis, $0.endOffsetMillis) }
            + category.transcriptItemIds.compactMap { store.turn(id: $0)?.time.start() }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
