import ContactLensModel

/// The Redacted output of a chat, made from its Raw one as Contact Lens makes it: each range a
/// message's `Redaction` marks (in the raw text) becomes `[PII]`, the message's `Redaction` then
/// marks the placeholders (in the redacted text), and the character offsets of issues and
/// categories on that message move with the text. Offsets count Unicode scalars, end exclusive.
/// A participant whose display name was found as PII in a message (a name said in the chat) is
/// `[PII]` in the Redacted output too, or the names it hides would still head every line.
enum ChatRedactor {
    static let placeholder = "[PII]"

    /// The segments of a contact, redacted; segments of other kinds are unchanged.
    static func redacted(_ segments: [Segment]) -> [Segment] {
        var shifts: [String: Shift] = [:]
        var names = Set<String>()
        for case .chat(.transcript(let message)) in segments {
            guard let ranges = message.redaction?.characterOffsets, !ranges.isEmpty else { continue }
            let shift = Shift(raw: message.content, ranges: ranges)
            shifts[message.id] = shift
            names.formUnion(shift.hidden)
        }
        guard !shifts.isEmpty else { return segments }
        func hiding(_ name: String?) -> String? { name.map { names.contains($0) ? placeholder : $0 } }
        return segments.map { segment in
            guard case .chat(let chat) = segment else { return segment }
            switch chat {
            case .transcript(var message):
                message.displayName = hiding(message.displayName)
                if let shift = shifts[message.id] {
                    message.content = shift.text
                    message.redaction = ChatRedaction(characterOffsets: shift.placeholders)
                }
                return .chat(.transcript(message))
            case .issues(var issues):
                for i in issues.issuesDetected.indices {
                    for j in issues.issuesDetected[i].transcriptItems.indices {
                        var item = issues.issuesDetected[i].transcriptItems[j]
                        guard let shift = shifts[item.id], let offsets = item.characterOffsets else { continue }
                        item.characterOffsets = shift.map(offsets)
                        item.content = item.characterOffsets.map { shift.slice($0) }
                        issues.issuesDetected[i].transcriptItems[j] = item
                    }
                }
                return .chat(.issues(issues))
            case .categories(var categories):
                for (name, var details) in categories.matchedDetails {
                    for p in details.pointsOfInterest.indices {
                        details.pointsOfInterest[p].transcriptItems = details.pointsOfInterest[p].transcriptItems?.map { item in
                            guard let shift = shifts[item.id], let offsets = item.characterOffsets else { return item }
                            return ChatTranscriptItem(id: item.id, characterOffsets: shift.map(offsets))
                        }
                    }
                    categories.matchedDetails[name] = details
                }
                return .chat(.categories(categories))
            case .event(var event):
                event.displayName = hiding(event.displayName)
                return .chat(.event(event))
            case .attachments(var attachments):
                attachments.displayName = hiding(attachments.displayName)
                return .chat(.attachments(attachments))
            }
        }
    }

    /// One message's redaction: the redacted text, where its placeholders are, and how a raw
    /// offset moves.
    struct Shift {
        let text: String
        let placeholders: [CharacterOffsets]
        /// The raw text of each range: what was found as PII.
        let hidden: [String]
        /// Raw ranges (sorted, clamped, not overlapping) and the redacted ranges that replace them.
        private let pairs: [(raw: CharacterOffsets, redacted: CharacterOffsets)]

        init(raw: String, ranges: [CharacterOffsets]) {
            let scalars = Array(raw.unicodeScalars)
            var out = String.UnicodeScalarView()
            var pairs: [(CharacterOffsets, CharacterOffsets)] = []
            var hidden: [String] = []
            var cursor = 0
            for range in ranges.sorted(by: { $0.beginOffsetChar < $1.beginOffsetChar }) {
                let begin = min(max(range.beginOffsetChar, cursor), scalars.count)
                let end = min(max(range.endOffsetChar, begin), scalars.count)
                guard end > begin else { continue }
                out.append(contentsOf: scalars[cursor..<begin])
                var found = String.UnicodeScalarView()
                found.append(contentsOf: scalars[begin..<end])
                hidden.append(String(found))
                let at = out.count
                out.append(contentsOf: ChatRedactor.placeholder.unicodeScalars)
                pairs.append(
                    (
                        CharacterOffsets(beginOffsetChar: begin, endOffsetChar: end),
                        CharacterOffsets(beginOffsetChar: at, endOffsetChar: out.count)
                    ))
                cursor = end
            }
            out.append(contentsOf: scalars[cursor...])
            text = String(out)
            self.pairs = pairs
            self.hidden = hidden
            placeholders = pairs.map(\.1)
        }

        /// A raw offset in the redacted text: before a range it moves by what came before; inside
        /// one it goes to the placeholder's edge.
        func map(_ offset: Int, end: Bool) -> Int {
            var delta = 0
            for (raw, redacted) in pairs {
                if offset <= raw.beginOffsetChar { break }
                if offset < raw.endOffsetChar { return end ? redacted.endOffsetChar : redacted.beginOffsetChar }
                delta = redacted.endOffsetChar - raw.endOffsetChar
            }
            return offset + delta
        }

        func map(_ offsets: CharacterOffsets) -> CharacterOffsets {
            CharacterOffsets(
                beginOffsetChar: map(offsets.beginOffsetChar, end: false), endOffsetChar: map(offsets.endOffsetChar, end: true))
        }

        func slice(_ offsets: CharacterOffsets) -> String {
            let scalars = Array(text.unicodeScalars)
            let begin = min(max(0, offsets.beginOffsetChar), scalars.count)
            let end = min(max(begin, offsets.endOffsetChar), scalars.count)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[begin..<end])
            return String(view)
        }
    }
}
