import ContactLensModel

/// The JSON export's `PostContact` member, for a contact read from its post-contact analysis
/// file: the file's own `ConversationCharacteristics` (talk time and speed, non-talk time,
/// interruptions, sentiment, a chat's response times and summary), its categories with their
/// points (`WholeContact` when none), and for each turn that has them its loudness, outcomes,
/// action items and redaction — all in the file's member names.
extension JSONExport {
    static func postContact(_ p: PostContactInsights, _ export: TranscriptExport) -> JSONValue {
        var members: [(String, JSONValue)] = []
        let categories = p.categories.map { match -> JSONValue in
            .object([
                ("Name", .string(match.name)), ("PointsOfInterest", .array(match.points.map(AnalysisFileLayout.point))),
                ("WholeContact", .bool(match.wholeContact)),
            ])
        }
        members.append(("Categories", .array(categories)))
        members.add("Channel", p.channel.map(JSONValue.string))
        let chat = p.channel?.uppercased() == "CHAT" || export.store.isChat
        members.append(("ConversationCharacteristics", AnalysisFileLayout.characteristics(p.characteristics, chat: chat)))
        members.add("JobStatus", p.jobStatus.map(JSONValue.string))
        members.add("LanguageCode", p.languageCode.map(JSONValue.string))
        members.append(("Redacted", .bool(p.isRedacted)))
        let turns = export.turns.compactMap { turn -> JSONValue? in
            guard let own = p.turns[turn.id] else { return nil }
            return AnalysisFileLayout.item(
                AnalysisTranscriptItem(
                    id: turn.id, loudnessScore: own.loudnessScore.isEmpty ? nil : own.loudnessScore,
                    outcomesDetected: own.outcomes.isEmpty ? nil : own.outcomes,
                    actionItemsDetected: own.actionItems.isEmpty ? nil : own.actionItems, redaction: own.redaction))
        }
        members.append(("Transcript", .array(turns)))
        return .object(members)
    }
}

extension PrettyJSONWriter {
    /// Any JSON value as `JSONEncoder` writes it pretty with sorted keys.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): raw(flag ? "true" : "false")
        case .integer(let number): int(Int(number))
        case .number(let number):
            raw(number.isFinite ? (number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : "\(number)") : "null")
        case .string(let text): string(text)
        case .array(let values):
            beginArray()
            for element in values {
                self.element()
                self.value(element)
            }
            endArray()
        case .object(let members):
            beginObject()
            for (name, element) in members.sorted(by: { $0.0 < $1.0 }) {
                key(dynamic: name)
                self.value(element)
            }
            endObject()
        }
    }
}

extension JSONValue: JSONWritable {
    func write(to json: inout PrettyJSONWriter) { json.value(self) }
}
