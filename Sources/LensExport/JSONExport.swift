import ContactLensModel
import FoundationEssentials

/// The JSON export of either channel, in the API's own field names, keys sorted:
/// `{"Categories":[{"Name","PointsOfInterest"}],"ContactId","InstanceId","PostContactSummary","Transcript":[…]}`
/// for a call; a chat's document says `"Channel":"CHAT"`, lists its `Event`, `Attachments` and
/// `Issues` too, and its transcript and categories are the chat API's (V2) shapes.
enum JSONExport {
    /// What `bytes` writes, as `Encodable`: tests encode it with `JSONEncoder` and expect `bytes`'
    /// exact output. Members a call's document does not have are nil.
    struct Document: Encodable {
        var channel: String?
        var instanceId: String?
        var contactId: String?
        var transcript: [Entry] = []
        var events: [ChatEvent]?
        var attachments: [ChatAttachments]?
        var issues: [ChatIssueItem]?
        var categories: [Category]
        var postContactSummary: PostContactSummary?
        /// A contact read from its post-contact analysis file: what only that analysis tells.
        var postContact: JSONValue?
        /// A transferred call's legs after the first: each transfer, and where its turns begin
        /// in `Transcript` (`FirstTranscriptIndex`).
        var transfers: JSONValue?

        enum CodingKeys: String, CodingKey {
            case channel = "Channel"
            case instanceId = "InstanceId"
            case contactId = "ContactId"
            case transcript = "Transcript"
            case events = "Event"
            case attachments = "Attachments"
            case issues = "Issues"
            case categories = "Categories"
            case postContactSummary = "PostContactSummary"
            case postContact = "PostContact"
            case transfers = "Transfers"
        }
    }

    /// A `Transcript` member: a call's turn or a chat's message, each in its API's shape.
    enum Entry: Encodable {
        case call(Transcript)
        case message(ChatTranscript)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .call(let transcript): try transcript.encode(to: encoder)
            case .message(let message): try message.encode(to: encoder)
            }
        }
    }

    /// A matched category: where in the call (`PointsOfInterest`), or which chat items (`TranscriptItems`).
    struct Category: Encodable {
        var name: String
        var pointsOfInterest: [PointOfInterest]?
        var transcriptItems: [ChatTranscriptItem]?
        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case pointsOfInterest = "PointsOfInterest"
            case transcriptItems = "TranscriptItems"
        }
    }

    /// With `callTurns` false, a call's turns are left out of `transcript`: `bytes` writes them
    /// straight from the store (a 20k-turn export spent a third of its time copying turns into entries).
    static func document(_ export: TranscriptExport, callTurns: Bool = true) -> Document {
        let chat = export.store.isChat
        var document = Document(
            channel: chat ? "CHAT" : nil, instanceId: export.instanceId, contactId: export.contactId,
            events: chat ? [] : nil, attachments: chat ? [] : nil, issues: chat ? [] : nil,
            categories: export.store.categories.map { category($0, chat: chat) }, postContactSummary: export.store.summary,
            postContact: export.postContact.map { postContact($0, export) })
        var transfers: [JSONValue] = []
        guard chat || callTurns else {
            // The turns are written from the store: each leg's start is counted, not copied.
            var first = 0
            for leg in 0..<export.store.legCount {
                if let transfer = export.store.transfer(ofLeg: leg) { transfers.append(Self.transfer(transfer, first: first)) }
                let range = export.store.turnRange(ofLeg: leg)
                first += export.onlyRole.map { role in export.store.turns[range].count { $0.hasRole(role) } } ?? range.count
            }
            document.transfers = transfers.isEmpty ? nil : .array(transfers)
            return document
        }
        for (transfer, turns) in export.legs {
            if let transfer { transfers.append(Self.transfer(transfer, first: document.transcript.count)) }
            for turn in turns {
                switch turn.chat {
                case .none: document.transcript.append(.call(Transcript(call: turn)))
                case .message(let message):
                    document.transcript.append(.message(message))
                    document.issues?.append(contentsOf: issues(of: turn, message))
                case .event(let event): document.events?.append(event)
                case .attachments(let attachments): document.attachments?.append(attachments)
                }
            }
        }
        document.transfers = transfers.isEmpty ? nil : .array(transfers)
        return document
    }

    /// A transfer as the follow's `Transfer` line writes it, keys sorted, with where its leg begins.
    static func transfer(_ leg: TransferLeg, first: Int) -> JSONValue {
        let members: [(String, JSONValue?)] = [
            ("Agent", leg.agent.map(JSONValue.string)), ("ContactId", .string(leg.contactId)),
            ("FirstTranscriptIndex", .integer(Int64(first))), ("InitiationMethod", leg.initiationMethod.map(JSONValue.string)),
            ("Leg", .integer(Int64(leg.number))), ("PreviousContactId", leg.previousContactId.map(JSONValue.string)),
            ("Queue", leg.queue.map(JSONValue.string)),
            ("TransferredAt", leg.at.map { .string($0.formatted(.iso8601)) }),
        ]
        return .object(members.compactMap { name, value in value.map { (name, $0) } })
    }

    static func category(_ match: CategoryMatch, chat: Bool) -> Category {
        guard chat else { return Category(name: match.name, pointsOfInterest: match.pointsOfInterest) }
        return Category(name: match.name, transcriptItems: match.transcriptItemIds.map { ChatTranscriptItem(id: $0) })
    }

    /// A message's issues as the chat API points at them, each clamped to the content.
    static func issues(of turn: Turn, _ message: ChatTranscript) -> [ChatIssueItem] {
        (turn.issuesDetected ?? []).map { issue in
            let offsets = issue.characterOffsets
            let end = min(offsets.endOffsetChar, message.content.unicodeScalars.count)
            return ChatIssueItem(
                id: message.id, characterOffsets: CharacterOffsets(beginOffsetChar: offsets.beginOffsetChar, endOffsetChar: end))
        }
    }

    /// Pretty-printed with sorted keys, as `JSONEncoder` writes `document(export)`, plus a newline.
    static func bytes(_ export: TranscriptExport) -> [UInt8] {
        let chat = export.store.isChat
        let document = document(export, callTurns: false)
        let turns = chat ? [] : export.turns
        var json = PrettyJSONWriter(capacity: 4_096 + (chat ? document.transcript.count : turns.count) * 400)
        document.write(to: &json, callTurns: chat ? nil : turns)
        json.endLine()
        return json.bytes
    }
}

extension Transcript {
    /// A call's turn in the API's shape (a chat's turn, which has no call offsets, at 0).
    init(call turn: Turn) {
        var begin = 0
        var end = 0
        if case .callOffset(let b, let e) = turn.time { (begin, end) = (b, e) }
        self.init(
            id: turn.id, participantId: turn.participantId, participantRole: turn.participantRole, content: turn.content,
            beginOffsetMillis: begin, endOffsetMillis: end, sentiment: turn.sentiment, issuesDetected: turn.issuesDetected)
    }
}
