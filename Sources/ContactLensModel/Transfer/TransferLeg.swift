import FoundationEssentials
import LensBasics

/// A leg of a conversation that a transfer began: every transfer makes a new contact, whose
/// `PreviousContactId` is the leg before. Sources say it (`FollowEvent.leg`) before the new
/// leg's segments; the store, the printers, the view and the exports keep the legs apart with it.
package struct TransferLeg: Sendable, Hashable, Codable {
    /// 2 for the first transfer's leg, 3 for the next… (the contact followed first is leg 1).
    package var number: Int
    package var contactId: String
    /// The leg it came from.
    package var previousContactId: String?
    /// TRANSFER (an agent's quick connect) or QUEUE_TRANSFER (a flow), as DescribeContact says.
    package var initiationMethod: String?
    /// The queue's name (its id when the name could not be looked up), if known.
    package var queue: String?
    /// The agent's username (or id), once an agent has the contact.
    package var agent: String?
    /// When the transfer happened: the new contact's InitiationTimestamp.
    package var at: Date?

    package init(
        number: Int, contactId: String, previousContactId: String? = nil, initiationMethod: String? = nil,
        queue: String? = nil, agent: String? = nil, at: Date? = nil
    ) {
        self.number = number
        self.contactId = contactId
        self.previousContactId = previousContactId
        self.initiationMethod = initiationMethod
        self.queue = queue
        self.agent = agent
        self.at = at
    }

    enum CodingKeys: String, CodingKey {
        case number = "Leg"
        case contactId = "ContactId"
        case previousContactId = "PreviousContactId"
        case initiationMethod = "InitiationMethod"
        case queue = "Queue"
        case agent = "Agent"
        case at = "TransferredAt"
    }

    /// "transferred to Retention · frank.moreau · 14:03:12": what every output writes between two
    /// legs (the time of day in `timeZone`), sanitised. Without a queue, the contact says where.
    package func dividerText(timeZone: LocalZone = .current) -> String {
        var parts = ["transferred to " + TerminalText.sanitize(queue ?? "contact \(contactId)")]
        if let agent { parts.append(TerminalText.sanitize(agent)) }
        if let at {
            parts.append(ChatClock.timeOfDay(millis: Int(saturating: at.timeIntervalSince1970 * 1000), timeZone: timeZone))
        }
        return parts.joined(separator: " · ")
    }
}
