import ContactLensModel
import FoundationEssentials

/// One contact of the wall: what discovery said, its call (the call view's state, with its
/// store, ready for Enter), and what the row shows, worked out when the call changes so a
/// frame only copies it.
package struct WallRow: Sendable {
    package let contactId: String
    /// What discovery said of the call (agent, queue, when it connected); nil for a contact
    /// listed by id (the command line, `--contacts-from`, the stream) that discovery has not found.
    package var found: WallContactInfo?
    package var call: AppState
    package let firstSeen: Date
    /// When the call left the floor or its analysis finished: the row moves to "recently ended".
    package var endedAt: Date?
    /// Alert marks raised so far ("Escalation", "3×neg"), oldest first.
    package private(set) var alerts: [String] = []
    /// What the row shows, kept by `refresh()`.
    package private(set) var shown = Shown()
    /// Grows by one whenever `shown` or `alerts` change, so the cells drawn for the row can be kept.
    package private(set) var revision = 0
    /// Recent customer sentiment minus the call's average (+1 positive, -1 negative): below 0 is falling.
    package private(set) var trend = 0.0
    /// Lower-cased text the `/` filter looks in.
    package private(set) var haystack = ""
    /// The leg the conversation is on now, when a transfer moved the row (nil: its first contact).
    package private(set) var leg: TransferLeg?
    /// When the conversation's first leg connected: a transferred row's clock runs from it.
    private var conversationStart: Date?

    /// The row's fields as shown, sanitised once.
    package struct Shown: Hashable, Sendable {
        package var agent = ""
        package var queue = ""
        package var latestCustomer = ""
        package var sentiments: [Sentiment] = []
        package var categories = ""
        package var turns = 0
        package var chat = false
        /// The supervisor listens in (`L`): the row says so.
        package var listening = false
        /// A transfer moved the row: "↪ from sam.okafor", sanitised.
        package var transferredFrom: String?
    }

    init(contactId: String, found: WallContactInfo?, call: AppState, firstSeen: Date) {
        self.contactId = contactId
        self.found = found
        self.call = call
        self.firstSeen = firstSeen
        refresh()
    }

    package var latestCustomer: String { shown.latestCustomer }
    package var agentText: String { shown.agent }
    package var queueText: String { shown.queue }
    package var sentiments: [Sentiment] { shown.sentiments }
    package var categories: String { shown.categories }

    /// When the agent got the call, as far as the wall knows (its first leg's agent, once transferred).
    var connectedAt: Date { conversationStart ?? found?.connectedAt ?? firstSeen }

    /// The contact the conversation is on now: its latest leg's.
    package var currentContactId: String { leg?.contactId ?? contactId }

    /// A transfer made `leg`, and the conversation goes on in it: the call keeps its earlier turns
    /// with a divider before the new leg's, the row its place and clock, and says where it came from.
    mutating func transfer(to leg: TransferLeg, now: Date) {
        conversationStart = connectedAt
        shown.transferredFrom = "↪ from " + shown.agent
        self.leg = leg
        _ = Reducer.leg(leg, &call)
        if call.isOver { call.status = .connecting }
        endedAt = nil
        call.session.contactId = leg.contactId
        if let agent = leg.agent, let queue = leg.queue {
            found = WallContactInfo(contactId: leg.contactId, agent: agent, queue: queue, connectedAt: leg.at ?? now)
        }
        refresh()
    }

    /// Seconds on the call at `now`.
    package func callSeconds(at now: Date) -> TimeInterval { now.timeIntervalSince(connectedAt) }

    static let sparkLength = 12

    /// Marks the row with an alert (once a mark).
    mutating func mark(_ alert: Alert) {
        guard !alerts.contains(alert.mark) else { return }
        alerts.append(alert.mark)
        revision += 1
    }

    /// Works out the shown fields from the store: one pass over the turns per page, which copies
    /// none of them.
    mutating func refresh() {
        revision += 1
        let turns = call.store.turns
        // The customer's turns: their scores summed (whole numbers: exact in any order), the last
        // few kept (newest first). Through the buffer, so no turn is copied to read its role.
        var count = 0
        var sum = 0.0
        var newest: [Int] = []
        newest.reserveCapacity(Self.sparkLength)
        turns.withUnsafeBufferPointer { turns in
            for index in turns.indices.reversed() where Turn.role(turns[index].participantRole, is: "CUSTOMER") {
                if newest.count < Self.sparkLength { newest.append(index) }
                count += 1
                sum += Self.score(turns[index].sentiment)
            }
        }
        let latest = newest.first
        // A screen is at most a few hundred columns wide: the rest of a long line is never shown.
        shown.latestCustomer = latest.map { TerminalText.sanitize(String(turns[$0].content.prefix(400))) } ?? ""
        // A contact listed by id has no names until discovery finds it.
        // With no agent known (a stream wall without discovery), the contact id's start tells rows apart.
        shown.agent = found.map { TerminalText.sanitize($0.agent) } ?? "\(TerminalText.sanitize(String(contactId.prefix(8))))…"
        shown.queue = found.map { TerminalText.sanitize($0.queue) } ?? "-"
        call.session.heading = found.map { _ in "\(shown.agent) · \(shown.queue)" }
        shown.sentiments = newest.reversed().map { turns[$0].sentiment ?? .neutral }
        shown.turns = turns.count
        shown.chat = call.store.isChat
        shown.listening = ListenIn.isListening(call.monitor, isOver: call.isOver)
        let lastScore = latest.map { Self.score(turns[$0].sentiment) }
        if count >= 2 {
            let recent = newest.prefix(3).reversed().map { Self.score(turns[$0].sentiment) }
            trend = recent.reduce(0, +) / Double(recent.count) - sum / Double(count)
            if lastScore == -1 { trend = min(trend, -0.01) }
        } else {
            trend = lastScore == -1 ? -0.01 : 0
        }
        shown.categories = call.store.categories.map { TerminalText.sanitize($0.name) }.joined(separator: ", ")
        haystack = [shown.agent, shown.queue, contactId, shown.categories, shown.latestCustomer].joined(separator: " ")
            .lowercased()
    }

    static func score(_ sentiment: Sentiment?) -> Double {
        sentiment == .positive ? 1 : sentiment == .negative ? -1 : 0
    }
}

extension Alert {
    /// How the row's ALERTS column writes the alert.
    var mark: String {
        switch self {
        case .category(let name): TerminalText.sanitize(name)
        case .negativeRun(_, let threshold): "\(threshold)×neg"
        }
    }
}
