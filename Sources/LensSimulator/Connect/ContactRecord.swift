import ContactLensModel
import FoundationEssentials

/// One contact as Amazon Connect's contact APIs see it (DescribeContact, ListAssociatedContacts,
/// SearchContacts): ids, chain, channel, agent, queue, times, and what was said (for searches).
struct ContactRecord: Sendable, Hashable {
    var id: String
    var channel: String
    var initiationMethod: ContactInitiationMethod
    var initialContactId: String
    var previousContactId: String?
    var relatedContactId: String?
    var agentId: String?
    var queueId: String?
    var hierarchyGroupIds: [String]
    var initiation: Date
    var enqueue: Date?
    var connected: Date?
    /// When it ends; nil while unknown (a monitoring leg before its call ends).
    var end: Date?
    /// The quick connect that led to this leg (NextContacts of the leg before).
    var quickConnect: String?
    /// False for a leg whose flow has no Contact Lens block.
    var hasAnalysis: Bool
    var transcript: [Line]

    /// One line of the transcript.
    struct Line: Sendable, Hashable {
        var role: String
        var text: String
    }

    /// The contact exists once it has begun.
    func exists(at now: Date) -> Bool { initiation <= now }

    /// Its disconnect time, once past.
    func disconnect(at now: Date) -> Date? { end.flatMap { $0 <= now ? $0 : nil } }

    /// A timestamp by its SearchContacts name, as known at `now` (nil when it does not exist yet).
    func timestamp(_ type: SearchContactsTimeRangeType, at now: Date) -> Date? {
        let value: Date? =
            switch type {
            case .initiationTimestamp: initiation
            case .connectedToAgentTimestamp: connected
            case .disconnectTimestamp: end
            case .enqueueTimestamp: enqueue
            default: nil
            }
        return value.flatMap { $0 <= now ? $0 : nil }
    }

    /// The lines said by `role` (AGENT, CUSTOMER…).
    func said(by role: String) -> [String] { transcript.filter { $0.role == role }.map(\.text) }

    /// What was said in a scenario contact: each transcript turn or chat message with its role.
    static func lines(of contact: ScenarioContact?) -> [Line] {
        (contact?.segments ?? []).compactMap { item -> Line? in
            switch item.segment {
            case .transcript(let turn): Line(role: turn.participantRole, text: turn.content)
            case .chat(.transcript(let message)): Line(role: message.participantRole, text: message.content)
            case .chat, .categories, .postContactSummary, .utterance, .unknown: nil
            }
        }
    }
}
