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
            case instanceId = "InstanceId", contactId = "ContactId", transcript = "Transcript"
            case categories = "Categories", postContactSummary = "PostContactSummary"
        }
    }

    struct Category: Encodable {
        var name: String
        var pointsOfInterest: [PointOfInterest]
        enum CodingKeys: String, CodingKey { case name = "Name", pointsOfInterest = "PointsOfInterest" }
    }

    static func render(_ export: TranscriptExport) -> String {
        let document = Document(
            instanceId: export.instanceId, contactId: export.contactId, transcript: export.turns,
            categories: export.store.categories.map { Category(name: $0.name, pointsOfInterest: $0.pointsOfInterest) },
            postContactSummary: export.store.summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain Codable values cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
