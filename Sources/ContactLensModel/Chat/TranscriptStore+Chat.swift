import FoundationEssentials

/// Chat segments merged into the store: messages, events and attachments become turns ordered
/// by their absolute time (so search, filters, scrolling and exports work as for a call); issues
/// and categories point at those turns by id, and may arrive before them.
extension TranscriptStore {
    mutating func apply(_ segment: ChatSegment, into change: inout StoreChange) {
        switch segment {
        case .transcript(let message):
            var turn = Turn(
                .message(message), participantId: message.participantId, participantRole: message.participantRole,
                content: message.content)
            turn.sentiment = message.sentiment
            turn.issuesDetected = chatIssues[message.id]
            if upsert(turn) { change.turns.append(turn) }
        case .event(let event):
            let turn = Turn(
                .event(event), participantId: event.participantId ?? "", participantRole: event.participantRole ?? "SYSTEM",
                content: ChatText.describe(eventType: event.eventType))
            if upsert(turn) { change.turns.append(turn) }
        case .attachments(let attachments):
            let turn = Turn(
                .attachments(attachments), participantId: attachments.participantId,
                participantRole: attachments.participantRole, content: ChatText.describe(attachments.attachments))
            if upsert(turn) { change.turns.append(turn) }
        case .issues(let issues):
            for item in issues.issuesDetected.flatMap(\.transcriptItems) { addIssue(item, into: &change) }
        case .categories(let categories):
            for name in categories.matchedDetails.keys.sorted() {
                let ids = categories.matchedDetails[name]!.pointsOfInterest.flatMap { $0.transcriptItems ?? [] }.map(\.id)
                let index: Int
                var grew = false
                if let existing = categoryIndex[name] {
                    index = existing
                } else {
                    index = self.categories.count
                    categoryIndex[name] = index
                    self.categories.append(CategoryMatch(name: name, pointsOfInterest: [], leg: currentLeg))
                    grew = true
                }
                for id in ids where !self.categories[index].transcriptItemIds.contains(id) {
                    self.categories[index].transcriptItemIds.append(id)
                    grew = true
                }
                if grew { change.categories.append(self.categories[index]) }
            }
        }
    }

    /// An issue on a message: kept by id, and set on the message when it is already here. Without
    /// offsets the issue covers the whole message.
    private mutating func addIssue(_ item: ChatIssueItem, into change: inout StoreChange) {
        let offsets = item.characterOffsets ?? CharacterOffsets(beginOffsetChar: 0, endOffsetChar: Int.max / 2)
        let issue = IssueDetected(characterOffsets: offsets)
        guard !(chatIssues[item.id] ?? []).contains(issue) else { return }
        chatIssues[item.id, default: []].append(issue)
        guard let index = index(ofId: item.id), turns[index].chat != nil else { return }
        turns[index].issuesDetected = chatIssues[item.id]
        change.turns.append(turns[index])
    }
}

/// Chat items in words, for every output.
enum ChatText {
    /// `application/vnd.amazonaws.connect.event.participant.left` → `participant left`.
    static func describe(eventType: String) -> String {
        let prefix = "application/vnd.amazonaws.connect.event."
        let rest = eventType.hasPrefix(prefix) ? String(eventType.dropFirst(prefix.count)) : eventType
        return rest.replacing(".", with: " ").replacing("_", with: " ")
    }

    /// `Lily.jpg (APPROVED), notes.pdf (IN_PROGRESS)`.
    static func describe(_ attachments: [ChatAttachment]) -> String {
        attachments.map { $0.attachmentName + ($0.status.map { " (\($0))" } ?? "") }.joined(separator: ", ")
    }
}
