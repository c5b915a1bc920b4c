import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

@Suite("The built-in demo call")
struct DemoScenarioTests {
    let contact = Scenario.demo.contacts[0]
    var turns: [Transcript] { contact.segments.compactMap(\.segment.transcript) }

    @Test("It passes the service model's limits and survives a JSON round trip")
    func valid() throws {
        try Scenario.demo.validate()
        #expect(try Scenario.decode(Scenario.demo.encoded()) == Scenario.demo)
        #expect(contact.instanceId == DemoIdentity.instanceId && contact.contactId == DemoIdentity.contactId)
        #expect(DemoIdentity.region == "us-east-1")
    }

    @Test("A 2–3 minute call of 30–40 alternating turns, some back to back, in time order")
    func conversation() {
        #expect((30...40).contains(turns.count))
        #expect(Set(turns.map(\.participantRole)) == ["AGENT", "CUSTOMER"])
        let backToBack = zip(turns, turns.dropFirst()).filter { $0.participantRole == $1.participantRole }.count
        #expect((2...10).contains(backToBack))
        #expect(zip(turns, turns.dropFirst()).allSatisfy { $0.endOffsetMillis <= $1.beginOffsetMillis })
        let end = turns.last?.endOffsetMillis ?? 0
        #expect((120_000...180_000).contains(end), "last turn ends at \(end) ms")
        #expect((120_000...190_000).contains(contact.durationMillis))
    }

    @Test("Sentiment goes neutral, then negative, then positive")
    func sentimentSwing() throws {
        let sentiments = turns.compactMap(\.sentiment)
        let firstNegative = try #require(sentiments.firstIndex(of: .negative))
        let lastNegative = try #require(sentiments.lastIndex(of: .negative))
        #expect(sentiments.first == .neutral)
        #expect(sentiments[..<firstNegative].allSatisfy { $0 == .neutral })
        #expect(sentiments[(lastNegative + 1)...].filter { $0 == .positive }.count >= 8)
        #expect(sentiments.suffix(3).allSatisfy { $0 == .positive })
    }

    @Test("Issues point at the phrases they mark, in code points")
    func issues() {
        let texts = turns.flatMap(\.issueTexts)
        #expect(texts.count >= 4)
        #expect(texts.contains("charged twice"))
        #expect(texts.contains("cancel my contract"))
        #expect(texts.contains("speak to a supervisor"))
        // The first issue follows "Inés Álvarez": offsets count code points, not UTF-16 or bytes.
        #expect(turns.contains { $0.content.contains("Inés") && $0.issueTexts == ["charged twice"] })
    }

    @Test("At least three categories with points of interest inside the call")
    func categories() {
        var store = TranscriptStore()
        store.apply(contact.timeline.map(\.segment))
        #expect(store.categories.count >= 3)
        #expect(
            Set(store.categories.map(\.name)).isSuperset(of: [
                "Billing dispute", "Cancellation", "Escalation", "Positive resolution",
            ]))
        #expect(store.categories.allSatisfy { !$0.pointsOfInterest.isEmpty })
        let end = turns.last?.endOffsetMillis ?? 0
        #expect(store.categories.flatMap(\.pointsOfInterest).allSatisfy { $0.endOffsetMillis <= end })
    }

    @Test("Non-ASCII text: accented name, euro amounts, CJK and emoji")
    func nonASCII() {
        let all = turns.map(\.content).joined(separator: "\n")
        #expect(all.contains("Inés Álvarez"))
        #expect(all.contains("€89.90"))
        #expect(all.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        #expect(all.unicodeScalars.contains { $0.properties.isEmojiPresentation })
    }

    @Test("It ends with a COMPLETED summary released after the last turn")
    func summary() throws {
        let last = try #require(contact.timeline.last)
        let summary = try #require(last.segment.postContactSummary)
        #expect(summary.status == .completed)
        #expect((200...1_762).contains(summary.content?.unicodeScalars.count ?? 0))
        #expect(last.releaseAtMillis > (turns.last?.endOffsetMillis ?? .max))
    }
}
