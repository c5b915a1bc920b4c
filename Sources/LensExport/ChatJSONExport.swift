import ContactLensModel
import Foundation

/// A chat as JSON, in the chat API's (V2) field names: its messages, events and attachments in
/// time order as the service sent them, the issues and categories pointing at them by Id, the summary.
enum ChatJSONExport {
    struct Document: Encodable {
        var channel = "CHAT"
        var instanceId: String?
        var contactId: String?
        var transcript: [ChatTranscript]
        var events: [ChatEvent]
        var attachments: [ChatAttachments]
        var issues: [ChatIssueItem]
        var categories: [Category]
        var postContactSummary: PostContactSummary?

        enum CodingKeys: String, CodingKey {
            case channel = "Channel"
            case instanceId = "InstanceId"
            case contactId = "ContactId"
            case transcript = "Transcript"
            case events = "Event"
            case attachments = "Attachments"
            case issues = "Issues"
            case categories = "Categories"
            case postContactSummary = "PostContactSummary"
        }
    }

    struct Category: Encodable {
        var name: String
        var transcriptItems: [ChatTranscriptItem]
        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case transcriptItems = "TranscriptItems"
        }
    }

    static func document(_ export: TranscriptExport) -> Document {
        var document = Document(
            instanceId: export.instanceId, contactId: export.contactId, transcript: [], events: [], attachments: [],
            issues: [], categories: [], postContactSummary: export.store.summary)
        for turn in export.turns {
            switch turn.chat {
            case .message(let message):
                document.transcript.append(message)
                for issue in turn.issuesDetected ?? [] {
                    let offsets = issue.characterOffsets
                    let end = min(offsets.endOffsetChar, message.content.unicodeScalars.count)
                    document.issues.append(
                        ChatIssueItem(
                            id: message.id,
                            characterOffsets: CharacterOffsets(beginOffsetChar: offsets.beginOffsetChar, endOffsetChar: end)))
                }
            case .event(let event): document.events.append(event)
            case .attachments(let attachments): document.attachments.append(attachments)
            case .none: break
            }
        }
        document.categories = export.store.categories.map {
            Category(name: $0.name, transcriptItems: $0.transcriptItemIds.map { ChatTranscriptItem(id: $0) })
        }
        return document
    }

    /// Pretty-printed with sorted keys, plus a newline.
    static func bytes(_ export: TranscriptExport) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(document(export))).map { Array($0) } ?? Array("{}".utf8)) + [10]
    }
}
