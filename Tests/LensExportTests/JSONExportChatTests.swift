import ContactLensModel
import Foundation
import Testing

@testable import LensExport

/// A chat's JSON export, written directly, is byte for byte what `JSONEncoder` makes of the same
/// document (the chat API's shapes, pretty-printed, sorted keys), whatever the text and whichever
/// optional members are there.
@Suite struct JSONExportChatTests {
    @Test func randomChatsAreWhatJSONEncoderWrites() throws {
        var seeded = SeededGenerator(seed: 11)
        let pieces = ["a", "Z", " ", "\"", "\\", "/", "\u{7F}", "é", "😀", "\u{202E}", "\u{2028}", "中", "\r\n", "\u{1B}["]
        func text() -> String {
            (0..<Int.random(in: 0...8, using: &seeded)).map { _ in pieces.randomElement(using: &seeded)! }.joined()
        }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &seeded) ? value() : nil }
        func offsets() -> CharacterOffsets {
            CharacterOffsets(
                beginOffsetChar: Int.random(in: -2...9, using: &seeded), endOffsetChar: Int.random(in: -2...99, using: &seeded))
        }
        func time() -> ChatTime {
            ChatTime(absoluteTime: maybe(ISOTime.format(epochMillis: Int.random(in: 0...2_000_000_000_000, using: &seeded))))
        }
        for round in 0..<200 {
            var store = TranscriptStore()
            var ids: [String] = []
            for _ in 0..<Int.random(in: 0...8, using: &seeded) {
                let id = "m" + String(Int.random(in: 0...6, using: &seeded))
                ids.append(id)
                let segment: ChatSegment
                switch Int.random(in: 0..<6, using: &seeded) {
                case 0, 1:
                    segment = .transcript(
                        ChatTranscript(
                            id: id, participantId: text(),
                            participantRole: ["AGENT", "CUSTOMER", text()].randomElement(using: &seeded)!,
                            displayName: maybe(text()), content: text(), contentType: maybe("text/plain"), time: time(),
                            redaction: maybe(ChatRedaction(characterOffsets: maybe([offsets()]))), sentiment: maybe(.negative)))
                case 2:
                    segment = .event(
                        ChatEvent(
                            id: id, participantId: maybe(text()), participantRole: maybe("SYSTEM"), displayName: maybe(text()),
                            eventType: "application/vnd.amazonaws.connect.event." + text(), time: time()))
                case 3:
                    let file = ChatAttachment(
                        attachmentName: text(), contentType: maybe(text()), attachmentId: text(), status: maybe("APPROVED"))
                    segment = .attachments(
                        ChatAttachments(
                            id: id, participantId: text(), participantRole: "CUSTOMER", displayName: maybe(text()),
                            attachments: [file], time: time()))
                case 4:
                    let item = ChatIssueItem(
                        content: maybe(text()), id: ids.randomElement(using: &seeded)!, characterOffsets: maybe(offsets()))
                    segment = .issues(ChatIssues(issuesDetected: [ChatIssue(transcriptItems: [item])]))
                default:
                    let point = ChatPointOfInterest(transcriptItems: maybe(ids.map { ChatTranscriptItem(id: $0) }))
                    segment = .categories(
                        ChatCategories(matchedDetails: [text(): ChatCategoryDetails(pointsOfInterest: [point])]))
                }
                store.apply([.chat(segment)])
            }
            if Bool.random(using: &seeded) {
                store.apply([.postContactSummary(PostContactSummary(content: maybe(text()), status: .completed))])
            }
            let export = TranscriptExport(
                store: store, instanceId: maybe(text()), contactId: maybe(text()), onlyRole: maybe("customer"))
            let written = export.render(.json)
            let expected = try JSONExportWriterTests.viaJSONEncoder(export)
            #expect(written == expected ? true : false, "round \(round):\n\(written)\n---\n\(expected)")
        }
    }
}
