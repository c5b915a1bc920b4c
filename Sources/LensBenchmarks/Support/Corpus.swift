import ContactLensModel
import Foundation

/// A synthetic call of any length: alternating agent and customer turns of 4-28 words, all three
/// sentiments, an issue in every 20th turn, a category match every 500 turns. Deterministic.
enum Corpus {
    static let instanceId = "5d1b0c4e-7a2f-4e61-9c3d-8f2a6b1e0d47"
    static let contactId = "c0ffee00-1234-4abc-8def-0123456789ab"
    /// A word that appears in exactly one turn, near the end (search worst case).
    static let rareWord = "zanzibar"

    private static let words = """
        thanks for calling how can I help you today my order has not arrived yet let me check that \
        for you the tracking number shows it left our warehouse on Monday I would like a refund please \
        I understand your frustration we can send a replacement or refund the full amount is there \
        anything else I can help with no that is all thank you very much have a great day sure one moment \
        please the account is under my name could you confirm the billing address certainly it is
        """.split(separator: " ").map(String.init)

    /// Turn `index` of a call, 3 s per turn.
    static func turn(_ index: Int, of total: Int) -> Transcript {
        var rng = UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678
        func next() -> Int {
            rng ^= rng << 13
            rng ^= rng >> 7
            rng ^= rng << 17
            return Int(truncatingIfNeeded: rng & 0x7fff_ffff)
        }
        let agent = index % 2 == 0
        var text = (0..<(4 + next() % 25)).map { _ in words[next() % words.count] }.joined(separator: " ")
        if index == total - total / 100 - 1 { text += " " + rareWord }
        let sentiments: [Sentiment] = [.neutral, .neutral, .positive, .negative]
        let issues = index % 20 == 7 ? [IssueDetected(0, min(12, text.unicodeScalars.count))] : nil
        return Transcript(
            id: id(index), participantId: agent ? "AGENT" : "CUSTOMER",
            participantRole: agent ? "AGENT" : "CUSTOMER", content: text,
            beginOffsetMillis: index * 3000, endOffsetMillis: index * 3000 + 2800,
            sentiment: sentiments[next() % sentiments.count], issuesDetected: issues)
    }

    /// A UUID-shaped id, as the service uses.
    static func id(_ index: Int) -> String {
        let hex = String(index, radix: 16)
        let padded = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        return "7e3c1f2a-9b4d-4c8e-a1f0-" + padded
    }

    /// The segments of turn `index`: the transcript, and every 500 turns a category match on it.
    static func segments(_ index: Int, of total: Int) -> [Segment] {
        let t = turn(index, of: total)
        guard index % 500 == 499 else { return [.transcript(t)] }
        let point = PointOfInterest(beginOffsetMillis: t.beginOffsetMillis, endOffsetMillis: t.endOffsetMillis)
        let name = ["Refund", "Escalation", "Late delivery"][index / 500 % 3]
        return [
            .transcript(t),
            .categories(
                Categories(
                    matchedCategories: [name],
                    matchedDetails: [name: CategoryDetails(pointsOfInterest: [point])])),
        ]
    }

}

/// The call's segments as the API pages them: 100 at a time, NextToken on all but the last.
struct PageStream: IteratorProtocol {
    let total: Int
    var size = 100
    private var nextTurn = 0
    private var pending: [Segment] = []
    private var pageNumber = 0

    init(total: Int) { self.total = total }

    mutating func next() -> ListSegmentsResponse? {
        while pending.count < size, nextTurn < total {
            pending += Corpus.segments(nextTurn, of: total)
            nextTurn += 1
        }
        guard !pending.isEmpty else { return nil }
        let page = Array(pending.prefix(size))
        pending.removeFirst(page.count)
        pageNumber += 1
        let done = pending.isEmpty && nextTurn == total
        return ListSegmentsResponse(segments: page, nextToken: done ? nil : "page-\(pageNumber)")
    }
}
