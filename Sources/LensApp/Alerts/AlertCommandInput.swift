import ContactLensModel
import FoundationEssentials

/// What an `--on-alert` command reads on its standard input: one JSON object per alert.
package struct AlertCommandInput: Codable, Hashable, Sendable {
    /// The contact the alert belongs to.
    package var contact: String
    /// The contact id of the leg that raised it (the contact itself unless a transfer moved the call).
    package var leg: String
    package var agent: String
    package var queue: String
    /// `category` or `negative`.
    package var kind: AlertKind
    /// The category's name, or how many negative customer turns came in a row.
    package var text: String
    /// When lenstail raised it (ISO-8601 on the wire).
    package var time: Date

    package init(_ alert: WallAlert, leg: String? = nil) {
        contact = alert.contactId
        self.leg = leg ?? alert.contactId
        agent = alert.agent
        queue = alert.queue
        kind = alert.kind
        text = alert.detail
        time = alert.time
    }

    /// One line of JSON, keys sorted, ending in a newline.
    package func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }
}
