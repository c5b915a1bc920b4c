import AWSClient
import ContactLensModel
import FoundationEssentials

/// The segment stream routed to its contacts: each record goes to its contact's ledger. Contacts
/// wanted (every contact, or those discovery and the command line name) are reported as they
/// arrive; the others are held, segments and all, until discovery names them (it looks every
/// 10 s, and a call's first records come before that), and dropped a minute after they finish.
/// The wall's stream reader runs it for the floor; a stream follow asks it for one contact
/// (`init(contactId:instanceId:)`), whose records are told from the others by their ContactId alone.
package struct FloorStreamState {
    private struct Contact {
        var ledger = ContactStreamLedger()
        /// Segments of a contact not wanted yet.
        var pending: [Segment] = []
        var lastActive: Date
        var finishedAt: Date?
    }

    let instanceId: String?
    /// The one contact asked for (a stream follow): the others' records are not even decoded.
    let only: String?
    /// nil: every contact on the stream is wanted.
    private(set) var wanted: Set<String>?
    private var contacts: [String: Contact] = [:]
    /// The contacts held unwanted, the least recently active first: the one evicted next.
    private var held = RecencyQueue<String>()
    /// Contacts that finished or failed while wanted: a record of theirs delivered again is nothing new.
    private var over: Set<String> = []
    private(set) var unreadable = 0
    /// Records of other contacts (or instances) left out.
    private(set) var otherContacts = 0
    private var round = 0
    private var lastLive: Date?
    /// Contacts held unwanted at most; the least recently active goes first.
    let maxHeld: Int

    package init(instanceId: String?, everyContact: Bool, maxHeld: Int = 5_000) {
        self.instanceId = instanceId
        only = nil
        wanted = everyContact ? nil : []
        self.maxHeld = maxHeld
    }

    /// The router asked for one contact.
    init(contactId: String, instanceId: String?) {
        self.instanceId = instanceId
        only = contactId
        wanted = [contactId]
        maxHeld = 0
    }

    private func isWanted(_ id: String) -> Bool { wanted?.contains(id) ?? true }

    /// Contacts the state holds (wanted or not), for the memory figures.
    package var heldCount: Int { contacts.count }

    /// The events a batch of one shard's records makes: per wanted contact its new segments (a
    /// first record also makes its row on the floor), `.failed` on FAILED, a warning the first
    /// time a record cannot be read. `record` hears each record of a wanted contact first (a
    /// recording); when it throws, the contact fails.
    package mutating func take(
        _ records: [KinesisRecord], shardId: String, receivedAt: Date,
        record: ((StreamRecordContext) throws -> Void)? = nil
    ) -> [WallEvent] {
        var events: [WallEvent] = []
        var order: [String] = []
        var batch: [String: [Segment]] = [:]
        func flush(_ id: String) {
            guard let segments = batch.removeValue(forKey: id), !segments.isEmpty else { return }
            events.append(.contact(id, .segments(segments, receivedAt: receivedAt)))
        }
        for item in records {
            let event: SegmentStreamEvent
            let decoded =
                if let only { StreamRecordDecoder.decode(item.data, contactId: only, instanceId: instanceId) } else {
                    StreamRecordDecoder.decode(item.data, instanceId: instanceId)
                }
            switch decoded {
            case .otherContact:
                otherContacts += 1
                continue
            case .unreadable(let reason):
                unreadable += 1
                if unreadable == 1 {
                    events.append(
                        .stream(
                            .warning(
                                "a record on \(shardId) (sequence number \(item.sequenceNumber)) is "
                                    + "\(reason): skipped; later ones are counted without a word")))
                }
                continue
            case .event(let decoded):
                event = decoded
            }
            let id = event.contactId
            guard !over.contains(id) else { continue }
            let wanted = isWanted(id)
            if wanted, let record {
                do {
                    try record(StreamRecordContext(shardId: shardId, record: item, event: event, receivedAt: receivedAt))
                } catch {
                    for id in order { flush(id) }
                    contacts[id] = nil
                    over.insert(id)
                    return events + Self.failed(id, because: "cannot record the stream: \(error)")
                }
            }
            if contacts[id] == nil {
                contacts[id] = Contact(lastActive: receivedAt)
                if wanted, only == nil { events.append(.contact(id, .status(.live(lastSuccess: receivedAt)))) }
            }
            contacts[id]?.lastActive = receivedAt
            if !wanted { held.touch(id) }
            switch contacts[id]?.ledger.take(event, data: item.data, round: round) ?? .nothing {
            case .segments(let segments):
                guard wanted else {
                    contacts[id]?.pending += segments
                    continue
                }
                if batch[id] == nil { order.append(id) }
                batch[id, default: []] += segments
            case .failed:
                guard wanted else {
                    drop(id)
                    continue
                }
                flush(id)
                events += Self.failed(
                    id, because: "the Contact Lens analysis of contact \(id) failed (a FAILED event on the stream)")
                contacts[id] = nil
                over.insert(id)
            case .nothing:
                break
            }
        }
        for id in order { flush(id) }
        evictHeld()
        return events
    }

    /// Discovery or the command line names a contact: what was held for it comes out as one page.
    mutating func want(_ id: String) -> [WallEvent] {
        guard wanted != nil, !isWanted(id) else { return [] }
        wanted?.insert(id)
        held.remove(id)
        guard var contact = contacts[id] else { return [] }
        var events: [WallEvent] = [.contact(id, .status(.live(lastSuccess: contact.lastActive)))]
        if !contact.pending.isEmpty {
            events.append(.contact(id, .segments(contact.pending, receivedAt: contact.lastActive)))
            contact.pending = []
        }
        contacts[id] = contact
        if contact.ledger.isFinished(atRound: round) { events += finish(id) }
        return events
    }

    /// Every shard was read to its tip: wanted contacts whose COMPLETED came a whole round ago
    /// finish; the stream is live (said at most once a second).
    mutating func roundCompleted(_ round: Int, now: Date) -> [WallEvent] {
        self.round = round
        var events: [WallEvent] = []
        for (id, contact) in contacts where contact.ledger.isFinished(atRound: round) {
            if isWanted(id) {
                events += finish(id)
            } else if let at = contact.finishedAt {
                if now.timeIntervalSince(at) > 60 { drop(id) }
            } else {
                contacts[id]?.finishedAt = now
            }
        }
        if lastLive.map({ now.timeIntervalSince($0) >= 1 }) ?? true {
            lastLive = now
            events.append(.stream(.live(lastSuccess: now)))
        }
        return events
    }

    private mutating func finish(_ id: String) -> [WallEvent] {
        contacts[id] = nil
        over.insert(id)
        return [.contact(id, .status(.completed)), .contact(id, .finished)]
    }

    private static func failed(_ id: String, because message: String) -> [WallEvent] {
        [.contact(id, .status(.failed(message: message))), .contact(id, .failed(message: message))]
    }

    /// A floor busier than `maxHeld` unwanted contacts loses the least recently active: O(1) a
    /// contact evicted, whatever the number held.
    private mutating func evictHeld() {
        while held.count > maxHeld, let id = held.popOldest() { contacts[id] = nil }
    }

    /// A contact held unwanted is forgotten.
    private mutating func drop(_ id: String) {
        contacts[id] = nil
        held.remove(id)
    }
}
