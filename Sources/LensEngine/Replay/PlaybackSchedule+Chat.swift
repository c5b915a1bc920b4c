import ContactLensModel

extension PlaybackSchedule {
    /// A chat laid out on its own clock: each message, event and attachment at its absolute time
    /// less the first one's, its issues with it, each category with the last item it covers, the
    /// summary at the end. The segments are the chat API's, as the service sent them.
    static func chatItems(_ store: TranscriptStore) -> (items: [Item], lengthMillis: Int) {
        let start = store.turns.first?.beginOffsetMillis ?? 0
        var items: [Item] = []
        var atById: [String: Int] = [:]
        for turn in store.turns {
            let at = max(0, turn.beginOffsetMillis - start)
            atById[turn.id] = at
            switch turn.chat {
            case .message(let message):
                items.append(Item(atMillis: at, segment: .chat(.transcript(message))))
                let issues = (turn.issuesDetected ?? []).map {
                    ChatIssue(transcriptItems: [ChatIssueItem(id: message.id, characterOffsets: $0.characterOffsets)])
                }
                if !issues.isEmpty {
                    items.append(Item(atMillis: at, segment: .chat(.issues(ChatIssues(issuesDetected: issues)))))
                }
            case .event(let event): items.append(Item(atMillis: at, segment: .chat(.event(event))))
            case .attachments(let attachments): items.append(Item(atMillis: at, segment: .chat(.attachments(attachments))))
            case .none: items.append(Item(atMillis: at, segment: .transcript(turn)))
            }
        }
        let length = atById.values.max() ?? 0
        for category in store.categories {
            let at = category.transcriptItemIds.compactMap { atById[$0] }.max() ?? 0
            let point = ChatPointOfInterest(transcriptItems: category.transcriptItemIds.map { ChatTranscriptItem(id: $0) })
            let details = [category.name: ChatCategoryDetails(pointsOfInterest: [point])]
            items.append(Item(atMillis: at, segment: .chat(.categories(ChatCategories(matchedDetails: details)))))
        }
        if let summary = store.summary { items.append(Item(atMillis: length, segment: .postContactSummary(summary))) }
        items += store.unknownSegments.map { Item(atMillis: 0, segment: $0.segment) }
        return (items, length)
    }
}
