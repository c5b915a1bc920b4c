import AWSClient
import ContactLensModel
import Foundation
import Testing

@testable import LensSimulator

/// The emulator's Redacted output: what the Raw output's Redaction marks becomes `[PII]`, and
/// every character offset on that message (its Redaction, issues, categories) indexes the
/// redacted text.
@Suite struct ChatRedactionTests {
    static let raw = "Hi, I'm Ana 🙂, card 4111 1111 1111 1111 was charged twice"

    static func offsets(_ part: String, in text: String) -> CharacterOffsets {
        let range = text.range(of: part)!
        let begin = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return CharacterOffsets(beginOffsetChar: begin, endOffsetChar: begin + part.unicodeScalars.count)
    }

    static func slice(_ text: String, _ o: CharacterOffsets) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[o.beginOffsetChar..<o.endOffsetChar]))
    }

    @Test func redactedTextAndEveryOffsetOnItMoveTogether() {
        let time = ChatTime(absoluteTime: "2026-01-31T09:15:00.000Z")
        let message = ChatTranscript(
            id: "m1", participantId: "c", participantRole: "CUSTOMER", content: Self.raw, time: time,
            redaction: ChatRedaction(characterOffsets: [
                Self.offsets("4111 1111 1111 1111", in: Self.raw), Self.offsets("Ana", in: Self.raw),
            ]))
        let issue = ChatIssueItem(
            content: "charged twice", id: "m1", characterOffsets: Self.offsets("charged twice", in: Self.raw))
        let category = ChatCategories(
            matchedDetails: [
                "Card": ChatCategoryDetails(pointsOfInterest: [
                    ChatPointOfInterest(transcriptItems: [
                        ChatTranscriptItem(id: "m1", characterOffsets: Self.offsets("card 4111", in: Self.raw))
                    ])
                ])
            ])
        let out = ChatRedactor.redacted([
            .chat(.transcript(message)), .chat(.issues(ChatIssues(issuesDetected: [ChatIssue(transcriptItems: [issue])]))),
            .chat(.categories(category)),
        ])
        guard case .chat(.transcript(let redacted)) = out[0], case .chat(.issues(let issues)) = out[1],
            case .chat(.categories(let categories)) = out[2]
        else {
            Issue.record("\(out)")
            return
        }
        #expect(redacted.content == "Hi, I'm [PII] 🙂, card [PII] was charged twice")
        let placeholders = redacted.redaction?.characterOffsets ?? []
        #expect(placeholders.count == 2 && placeholders.allSatisfy { Self.slice(redacted.content, $0) == "[PII]" })
        let item = issues.issuesDetected[0].transcriptItems[0]
        #expect(item.characterOffsets.map { Self.slice(redacted.content, $0) } == "charged twice")
        #expect(item.content == "charged twice")
        let point = categories.matchedDetails["Card"]?.pointsOfInterest[0].transcriptItems?[0].characterOffsets
        #expect(
            point.map { Self.slice(redacted.content, $0) } == "card [PII]",
            "a range reaching into PII takes the whole placeholder")
    }

    @Test func theDemoChatsRedactedOutputDiffersFromItsRaw() {
        let raw = Scenario.chatDemo.contacts[0].segments.map(\.segment)
        let redacted = ChatRedactor.redacted(raw)
        let texts = zip(raw, redacted).compactMap { pair -> (String, String)? in
            guard case .chat(.transcript(let a)) = pair.0, case .chat(.transcript(let b)) = pair.1 else { return nil }
            return (a.content, b.content)
        }
        #expect(texts.contains { $0.0.contains("Hello Inés") && $0.1.contains("Hello [PII],") })
        #expect(texts.contains { $0.1 == "Great, thanks [PII] 🙂" })
        #expect(texts.filter { $0.0 != $0.1 }.count == 2, "only the marked messages change")
    }

    /// Inés and Sam are named in messages the analysis redacted: their display names are PII too,
    /// on every item of theirs; the bot's is not.
    @Test func aNameFoundAsPIIIsHiddenAsADisplayNameToo() {
        let redacted = ChatRedactor.redacted(Scenario.chatDemo.contacts[0].segments.map(\.segment))
        let names = Set(
            redacted.compactMap { segment -> String? in
                switch segment {
                case .chat(.transcript(let m)): m.displayName
                case .chat(.event(let e)): e.displayName
                case .chat(.attachments(let a)): a.displayName
                default: nil
                }
            })
        #expect(names == ["[PII]", "Northwind Assistant"], "\(names)")
    }
}
