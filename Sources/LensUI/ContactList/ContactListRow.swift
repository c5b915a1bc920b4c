import ContactLensModel
import FoundationEssentials
import LensBasics

/// One contact a search found, as the list and the table show it: when it began and ended, its
/// channel, agent and queue (names where the listings gave them), how it began, its id.
package struct ContactListRow: Hashable, Sendable {
    package var contactId: String
    package var start: Date?
    /// When it was disconnected; nil while it is in progress.
    package var end: Date?
    /// `VOICE`, `CHAT`…
    package var channel: String
    package var agent: String?
    package var queue: String?
    /// `INBOUND`, `TRANSFER`…
    package var initiation: String?
    /// What the filter looks in, lowercased once.
    let haystack: String

    package init(
        contactId: String, start: Date?, end: Date?, channel: String, agent: String?, queue: String?, initiation: String?
    ) {
        self.contactId = TerminalText.sanitize(contactId)
        self.start = start
        self.end = end
        self.channel = TerminalText.sanitize(channel)
        self.agent = agent.map(TerminalText.sanitize)
        self.queue = queue.map(TerminalText.sanitize)
        self.initiation = initiation.map(TerminalText.sanitize)
        haystack = [self.contactId, self.channel, self.agent ?? "", self.queue ?? "", self.initiation ?? ""]
            .joined(separator: "\u{1F}").lowercased()
    }

    /// How long it lasted, or has lasted at `now` while in progress.
    package func seconds(at now: Date) -> TimeInterval? {
        start.map { (end ?? now).timeIntervalSince($0) }
    }

    /// The columns' texts: the start in `timeZone`, the length ("4m35s", "in progress").
    package func startText(timeZone: LocalZone) -> String { start.map { LocalTime.text($0, timeZone: timeZone) } ?? "—" }

    package func durationText(now: Date) -> String {
        guard end != nil else { return "in progress" }
        return seconds(at: now).map(Format.duration) ?? "—"
    }

    package var channelText: String { channel.lowercased() }
    package var agentText: String { agent ?? "—" }
    package var queueText: String { queue ?? "—" }
    /// "inbound", "queue transfer".
    package var initiationText: String { initiation.map { $0.lowercased().replacing("_", with: " ") } ?? "—" }

    /// Every column's text in order, for the table and the list.
    package func columns(timeZone: LocalZone, now: Date) -> [String] {
        [startText(timeZone: timeZone), durationText(now: now), channelText, agentText, queueText, initiationText, contactId]
    }

    /// The columns' titles.
    package static let titles = ["START", "DURATION", "CHANNEL", "AGENT", "QUEUE", "INITIATION", "CONTACT ID"]
}
