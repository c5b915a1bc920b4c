import ContactLensModel
import FoundationEssentials

/// A line of a recording that says a transfer began a new leg: the pages after it are that
/// contact's (see Docs/RECORDING.md). It has no `response`, so no reader takes it for a page;
/// a recording of one contact has none and is as it always was.
package struct RecordedLeg: Hashable, Sendable {
    static let key = "leg"

    /// When the transfer was found (wall clock, UTC).
    package var receivedAt: Date
    package var leg: TransferLeg

    package init(receivedAt: Date, leg: TransferLeg) {
        self.receivedAt = receivedAt
        self.leg = leg
    }

    /// The line as written, newline included: `{"receivedAt":…,"leg":{…}}`, the leg's keys sorted.
    package func line() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RecordingTime.format(date))
        }
        let head = "{\"receivedAt\":" + String(decoding: try encoder.encode(RecordingTime.format(receivedAt)), as: UTF8.self)
        return Array((head + ",\"leg\":" + String(decoding: try encoder.encode(leg), as: UTF8.self) + "}\n").utf8)
    }

    /// True when a line holds a leg: checked cheaply, then for real.
    static func isLegLine(_ line: Data.SubSequence) -> Bool {
        guard line.firstRange(of: Array("\"leg\":".utf8)) != nil,
            let object = try? JSONValue.parse(Array(line))
        else { return false }
        return object[member: key]?.members != nil && object[member: "response"] == nil
    }

    static func decode(line: Data) throws -> RecordedLeg {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = RecordingTime.parse(text) else { throw RecordingError("\(text) is not an ISO 8601 time") }
            return date
        }
        let envelope = try decoder.decode(Envelope.self, from: line)
        guard let date = RecordingTime.parse(envelope.receivedAt) else {
            throw RecordingError("receivedAt \(envelope.receivedAt) is not an ISO 8601 time")
        }
        guard envelope.leg.number >= 2, !envelope.leg.contactId.isEmpty else {
            throw RecordingError("a leg must have a Leg number from 2 and a ContactId")
        }
        return RecordedLeg(receivedAt: date, leg: envelope.leg)
    }

    private struct Envelope: Decodable {
        var receivedAt: String
        var leg: TransferLeg
    }
}

/// Where a leg begins among a recording's pages.
package struct RecordedLegStart: Hashable, Sendable {
    /// The index of the leg's first page (`pages.count` when none followed).
    package var page: Int
    package var leg: TransferLeg

    package init(page: Int, leg: TransferLeg) {
        self.page = page
        self.leg = leg
    }
}
