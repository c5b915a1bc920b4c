import ContactLensModel
import FoundationEssentials

/// A scenario's calls as the Contact Lens segment stream carries them: per contact STARTED, then
/// SEGMENTS events — the partial utterances of each turn a little before its Transcript, the
/// categories and the summary — then COMPLETED. Pure: times are call milliseconds.
package struct StreamEventPlan: Sendable {
    /// One event and when (call time, ms from the contact's start) it is put on the stream.
    package struct Item: Sendable, Hashable {
        package var atMillis: Int
        package var contactId: String
        package var event: SegmentStreamEvent
    }

    package static let accountId = "123456789012"
    /// How long after the last segment COMPLETED comes.
    package static let completedDelayMillis = 1_000

    package private(set) var items: [Item]

    /// `contacts` copies of the scenario's contacts: the first keeps its contact ids unless
    /// `newIds` (a run of `simulate --to-kinesis`, so a second run is not taken for the first),
    /// the others get new contact ids made from `seed`, so a run can be repeated.
    package init(scenario: Scenario, copies: Int = 1, seed: UInt64 = 1, newIds: Bool = false) {
        var random = SeededGenerator(seed: seed)
        var items: [Item] = []
        for copy in 0..<max(1, copies) {
            for contact in scenario.contacts {
                let contactId = copy == 0 && !newIds ? contact.contactId : Self.uuid(&random)
                // Copies get turn ids of their own, so one contact's turns never pass for another's.
                items += Self.items(for: contact, contactId: contactId, idPrefix: copy == 0 ? "" : "\(contactId.prefix(8))-")
            }
        }
        // Stable: a contact's events keep their order among equal times.
        self.items = items.enumerated().sorted { ($0.element.atMillis, $0.offset) < ($1.element.atMillis, $1.offset) }.map(
            \.element)
    }

    /// The contact ids in the plan, in the order they first appear.
    package var contactIds: [String] {
        var seen = Set<String>()
        return items.compactMap { seen.insert($0.contactId).inserted ? $0.contactId : nil }
    }

    static func items(for contact: ScenarioContact, contactId: String, idPrefix: String) -> [Item] {
        func event(_ type: StreamEventType, _ segments: [Segment] = []) -> SegmentStreamEvent {
            SegmentStreamEvent(
                accountId: accountId, instanceId: contact.instanceId, contactId: contactId,
                eventType: type, languageCode: "en-US", segments: segments)
        }
        var items = [Item(atMillis: 0, contactId: contactId, event: event(.started))]
        var last = 0
        for timed in contact.timeline {
            var segment = timed.segment
            if case .transcript(var turn) = segment {
                turn.id = idPrefix + turn.id
                segment = .transcript(turn)
                for piece in Utterances.pieces(of: turn) where piece.endOffsetMillis < timed.releaseAtMillis {
                    items.append(
                        Item(atMillis: piece.endOffsetMillis, contactId: contactId, event: event(.segments, [.utterance(piece)])))
                }
            }
            items.append(Item(atMillis: timed.releaseAtMillis, contactId: contactId, event: event(.segments, [segment])))
            last = max(last, timed.releaseAtMillis)
        }
        items.append(Item(atMillis: last + completedDelayMillis, contactId: contactId, event: event(.completed)))
        return items
    }

    static func uuid(_ random: inout SeededGenerator) -> String {
        let hex = (0..<2).map { _ in String(random.next(), radix: 16) }.map { String(repeating: "0", count: 16 - $0.count) + $0 }
            .joined()
        let c = Array(hex)
        return "\(String(c[0..<8]))-\(String(c[8..<12]))-4\(String(c[13..<16]))-a\(String(c[17..<20]))-\(String(c[20..<32]))"
    }
}

/// The partial pieces a turn is heard in: a sentence, or six words of a long one, each with its
/// share of the turn's time. Joined with spaces they are the turn's words.
package enum Utterances {
    package static let wordsPerPiece = 6

    package static func pieces(of turn: Transcript) -> [Utterance] {
        let words = turn.content.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return [] }
        var groups: [[String]] = [[]]
        for word in words {
            groups[groups.count - 1].append(word)
            let full = groups[groups.count - 1].count >= wordsPerPiece
            if full || word.last.map({ ".?!".contains($0) }) == true { groups.append([]) }
        }
        if groups.last?.isEmpty == true { groups.removeLast() }
        guard groups.count > 1 else { return [] }
        let span = max(0, turn.endOffsetMillis - turn.beginOffsetMillis)
        var begin = turn.beginOffsetMillis
        var done = 0
        return groups.enumerated().map { index, group in
            done += group.count
            let end = turn.beginOffsetMillis + span * done / words.count
            defer { begin = end }
            return Utterance(
                id: "\(turn.id)-p\(index + 1)", transcriptId: turn.id, participantId: turn.participantId,
                participantRole: turn.participantRole, partialContent: group.joined(separator: " "),
                beginOffsetMillis: begin, endOffsetMillis: end, sentiment: turn.sentiment, issuesDetected: [])
        }
    }
}
