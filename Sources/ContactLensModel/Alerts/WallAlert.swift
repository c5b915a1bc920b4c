import FoundationEssentials

/// One alert of the wall, for the bell, the row, the `--alert-log` line and the JSON lines.
package struct WallAlert: Sendable, Hashable, Codable {
    package var time: Date
    package var contactId: String
    package var agent: String
    package var queue: String
    package var kind: AlertKind
    /// The category name, or how many negative customer turns came in a row (sanitised).
    package var detail: String

    /// `alert` of the contact, named as discovery named it; one listed by id has no names ("-").
    package init(_ alert: Alert, contactId: String, names: WallContactInfo?, at time: Date) {
        self.time = time
        self.contactId = contactId
        agent = names?.agent ?? "-"
        queue = names?.queue ?? "-"
        kind = alert.kind
        detail = TerminalText.sanitize(alert.detail)
    }

    enum CodingKeys: String, CodingKey {
        case time = "Time"
        case contactId = "ContactId"
        case agent = "Agent"
        case queue = "Queue"
        case kind = "Kind"
        case detail = "Detail"
    }
}
