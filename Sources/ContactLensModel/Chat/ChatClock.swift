import Foundation

/// Chat times as people read them: the time of day of a message, in a time zone.
package enum ChatClock {
    /// "09:15:03" for milliseconds since 1970, in `timeZone` (the machine's by default).
    package static func timeOfDay(millis: Int, timeZone: TimeZone = .current) -> String {
        let seconds = Int((Double(millis) / 1000).rounded(.down))
        let local = seconds + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        let day = ((local % 86_400) + 86_400) % 86_400
        return two(day / 3600) + ":" + two(day / 60 % 60) + ":" + two(day % 60)
    }

    /// The time of day a chat turn was sent.
    package static func timeOfDay(_ turn: Transcript, timeZone: TimeZone = .current) -> String {
        timeOfDay(millis: turn.beginOffsetMillis, timeZone: timeZone)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension Transcript {
    /// "AGENT Sam" for a chat turn with a display name, the role alone otherwise; sanitised.
    package var roleLabel: String {
        let role = TerminalText.sanitize(participantRole).uppercased()
        guard let name = chat?.displayName.map(TerminalText.sanitize), !name.isEmpty else { return role }
        return role + " " + name
    }

    /// A chat event or attachments line rather than a message.
    package var isChatNotice: Bool {
        switch chat {
        case .event, .attachments: true
        case .message, .none: false
        }
    }
}
