import ContactLensModel
import Foundation

/// JSON with the API's own field names:
/// `{"InstanceId","ContactId","Transcript":[…],"Categories":[{"Name","PointsOfInterest":[…]}],"PostContactSummary":{…}}`.
enum JSONExport {
    struct Document: Encodable {
        var instanceId: String?
        var contactId: String?
        var transcript: [Transcript]
        var categories: [Category]
        var postContactSummary: PostContactSummary?

        enum CodingKeys: String, CodingKey {
            case instanceId = "InstanceId"
            case contactId = "ContactId"
            case transcript = "Transcript"
            case categories = "Categories"
            case postContactSummary = "PostContactSummary"
        }
    }

    struct Category: Encodable {
        var name: String
        var pointsOfInterest: [PointOfInterest]
        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case pointsOfInterest = "PointsOfInterest"
        }
    }

    /// The document `bytes` writes, as `Encodable`: tests encode it with `JSONEncoder` and expect
    /// `bytes`' exact output.
    static func document(_ export: TranscriptExport) -> Document {
        Document(
            instanceId: export.instanceId, contactId: export.contactId, transcript: export.turns,
            categories: export.store.categories.map { Category(name: $0.name, pointsOfInterest: $0.pointsOfInterest) },
            postContactSummary: export.store.summary)
    }

    /// Pretty-printed with sorted keys, as `JSONEncoder` writes `document(export)`, plus a newline.
    static func bytes(_ export: TranscriptExport) -> [UInt8] {
        let turns = export.turns
        var json = PrettyJSONWriter(capacity: 4_096 + turns.count * 400)
        json.beginObject()
        json.key("Categories")
        json.beginArray()
        for category in export.store.categories {
            json.element()
            json.beginObject()
            json.member("Name", category.name)
            json.key("PointsOfInterest")
            write(category.pointsOfInterest, to: &json)
            json.endObject()
        }
        json.endArray()
        json.member("ContactId", export.contactId)
        json.member("InstanceId", export.instanceId)
        if let summary = export.store.summary {
            json.key("PostContactSummary")
            write(summary, to: &json)
        }
        json.key("Transcript")
        json.beginArray()
        for turn in turns {
            json.element()
            write(turn, to: &json)
        }
        json.endArray()
        json.endObject()
        json.endLine()
        return json.bytes
    }

    private static func write(_ turn: Transcript, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("BeginOffsetMillis", turn.beginOffsetMillis)
        json.member("Content", turn.content)
        json.member("EndOffsetMillis", turn.endOffsetMillis)
        json.member("Id", turn.id)
        if let issues = turn.issuesDetected {
            json.key("IssuesDetected")
            json.beginArray()
            for issue in issues {
                json.element()
                json.beginObject()
                json.key("CharacterOffsets")
                json.beginObject()
                json.member("BeginOffsetChar", issue.characterOffsets.beginOffsetChar)
                json.member("EndOffsetChar", issue.characterOffsets.endOffsetChar)
                json.endObject()
                json.endObject()
            }
            json.endArray()
        }
        json.member("ParticipantId", turn.participantId)
        json.member("ParticipantRole", turn.participantRole)
        json.member("Sentiment", turn.sentiment?.rawValue)
        json.endObject()
    }

    private static func write(_ points: [PointOfInterest], to json: inout PrettyJSONWriter) {
        json.beginArray()
        for point in points {
            json.element()
            json.beginObject()
            json.member("BeginOffsetMillis", point.beginOffsetMillis)
            json.member("EndOffsetMillis", point.endOffsetMillis)
            json.endObject()
        }
        json.endArray()
    }

    private static func write(_ summary: PostContactSummary, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("Content", summary.content)
        json.member("FailureCode", summary.failureCode?.rawValue)
        json.member("Status", summary.status.rawValue)
        json.endObject()
    }
}
