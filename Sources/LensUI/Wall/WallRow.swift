import ContactLensModel
import Foundation

/// One contact of the wall: what discovery said, its call (the follow view's state, with its
/// store, ready for Enter), and what the row shows, worked out when the call changes so a
/// frame only copies it.
package struct WallRow: Sendable {
    package var info: WallContactInfo
    package var call: AppState
    package let firstSeen: Date
    /// When the call left the floor or its analysis finished: the row moves to "recently ended".
    package var endedAt: Date?
    /// Alert labels raised so far ("Escalation", "3 negative"), oldest first.
    package var alerts: [String] = []
    /// The negative run alert fired and has not been re-armed by a non-negative customer turn.
    var negativeArmed = true
    // What the row shows, kept by `refresh()`.
    package private(set) var latestCustomer = ""
    /// The agent and queue as shown, sanitised once.
    package private(set) var agentText = ""
    package private(set) var queueText = ""
    package private(set) var sentiments: [Sentiment] = []
    package private(set) var categories = ""
    /// Customer turns in a row that were negative, counted from the newest.
    package private(set) var negativeRun = 0
    /// Recent customer sentiment minus the call's average (+1 positive, -1 negative): below 0 is falling.
    package private(set) var trend = 0.0
    /// Lower-cased text the `/` filter looks in.
    package private(set) var haystack = ""

    init(info: WallContactInfo, call: AppState, firstSeen: Date) {
        self.info = info
        self.call = call
        self.firstSeen = firstSeen
        refresh()
    }

    /// Seconds on the call at `now`.
    package func callSeconds(at now: Date) -> TimeInterval {
        now.timeIntervalSince(info.connectedAt ?? firstSeen)
    }

    static let sparkLength = 12

    /// Works out the shown fields from the store: the customer's turns are scanned once per page.
    mutating func refresh() {
        let customer = call.store.turns.filter { $0.participantRole.uppercased() == "CUSTOMER" }
        let scores = customer.map { Self.score($0.sentiment) }
        // A screen is at most a few hundred columns wide: the rest of a long line is never shown.
        latestCustomer = customer.last.map { TerminalText.sanitize(String($0.content.prefix(400))) } ?? ""
        agentText = TerminalText.sanitize(info.agent)
        queueText = TerminalText.sanitize(info.queue)
        sentiments = customer.suffix(Self.sparkLength).map { $0.sentiment ?? .neutral }
        negativeRun = 0
        for turn in customer.reversed() {
            guard turn.sentiment == .negative else { break }
            negativeRun += 1
        }
        if scores.count >= 2 {
            let recent = scores.suffix(3)
            trend = recent.reduce(0, +) / Double(recent.count) - scores.reduce(0, +) / Double(scores.count)
            if recent.last == -1 { trend = min(trend, -0.01) }
        } else {
            trend = scores.last == -1 ? -0.01 : 0
        }
        categories = call.store.categories.map { TerminalText.sanitize($0.name) }.joined(separator: ", ")
        haystack = [info.agent, info.queue, info.contactId, categories, latestCustomer].joined(separator: " ").lowercased()
    }

    static func score(_ sentiment: Sentiment?) -> Double {
        sentiment == .positive ? 1 : sentiment == .negative ? -1 : 0
    }
}
