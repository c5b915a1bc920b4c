/// The analysis as the store's segments, so the views and exports that show a live contact show
/// a finished one the same way: its turns, categories, issues and summary. What only the
/// post-contact analysis has (talk time, loudness, outcomes…) is in `insights`, beside them.
extension PostContactAnalysis {
    /// The turns, then the categories, chat's issues and the summary.
    package var segments: [Segment] {
        let ids = turnIds
        var segments: [Segment] = []
        if isChat {
            let sentiments = chatSentiments
            for (item, id) in zip(transcript, ids) { segments.append(chatSegment(item, id: id, sentiment: sentiments[id])) }
        } else {
            for (item, id) in zip(transcript, ids) { segments.append(.transcript(voiceTurn(item, id: id))) }
        }
        if let categories, !categories.matches.isEmpty {
            segments.append(isChat ? .chat(.categories(chatCategories(categories))) : .categories(voiceCategories(categories)))
        }
        let highlights = conversationCharacteristics?.contactSummary?.issues ?? []
        if isChat, !highlights.isEmpty {
            let issues = highlights.map { items in
                ChatIssue(
                    transcriptItems: items.compactMap { item in
                        item.id.map { ChatIssueItem(id: $0, characterOffsets: item.characterOffsets) }
                    })
            }
            segments.append(.chat(.issues(ChatIssues(issuesDetected: issues))))
        }
        if let summary = conversationCharacteristics?.contactSummary?.postContactSummary {
            segments.append(.postContactSummary(PostContactSummary(content: summary, status: .completed)))
        }
        return segments
    }

    /// Each transcript item's id in the store: its own, or, when it has none or repeats one
    /// before it (the documentation's examples write "the ID of the turn" for every turn), one
    /// made from its place.
    var turnIds: [String] {
        var seen = Set<String>()
        return transcript.enumerated().map { index, item in
            if let id = item.id, !id.isEmpty, seen.insert(id).inserted { return id }
            let made = "turn-\(index + 1)"
            seen.insert(made)
            return made
        }
    }

    private func voiceTurn(_ item: AnalysisTranscriptItem, id: String) -> Transcript {
        let begin = item.beginOffsetMillis ?? 0
        let issues = item.issuesDetected?.compactMap { $0.characterOffsets.map(IssueDetected.init(characterOffsets:)) }
        return Transcript(
            id: id, participantId: item.participantId ?? "", participantRole: roleName(item), content: item.content ?? "",
            beginOffsetMillis: begin, endOffsetMillis: max(begin, item.endOffsetMillis ?? begin),
            sentiment: item.sentiment.map(Sentiment.init(rawValue:)), issuesDetected: issues?.isEmpty == true ? nil : issues)
    }

    private func chatSegment(_ item: AnalysisTranscriptItem, id: String, sentiment: String?) -> Segment {
        let time = ChatTime(absoluteTime: item.absoluteTime)
        if item.isEvent {
            return .chat(
                .event(
                    ChatEvent(
                        id: id, participantId: item.participantId,
                        participantRole: item.participantRole ?? role(of: item.participantId),
                        displayName: item.displayName, eventType: item.contentType ?? "EVENT", time: time)))
        }
        return .chat(
            .transcript(
                ChatTranscript(
                    id: id, participantId: item.participantId ?? "", participantRole: roleName(item),
                    displayName: item.displayName, content: item.content ?? "", contentType: item.contentType, time: time,
                    redaction: item.redaction?.characterOffsets.map { ChatRedaction(characterOffsets: $0) },
                    sentiment: (item.sentiment ?? sentiment).map(Sentiment.init(rawValue:)))))
    }

    /// A turn's role: its own, its participant's, or the participant id itself (the examples'
    /// voice files use the role as the id).
    private func roleName(_ item: AnalysisTranscriptItem) -> String {
        item.participantRole ?? role(of: item.participantId) ?? item.participantId ?? ""
    }

    /// Chat items carry no sentiment of their own; the groups they belong to do.
    private var chatSentiments: [String: String] {
        var byItem: [String: String] = [:]
        for group in conversationCharacteristics?.sentiment?.itemGroups ?? [] {
            guard let sentiment = group.sentiment else { continue }
            for id in group.transcriptItemIds { byItem[id] = sentiment }
        }
        return byItem
    }

    private func voiceCategories(_ categories: AnalysisCategories) -> Categories {
        var details: [String: CategoryDetails] = [:]
        for (name, points) in categories.matches {
            details[name] = CategoryDetails(
                pointsOfInterest: points.compactMap { point in
                    guard let begin = point.beginOffsetMillis else { return nil }
                    return PointOfInterest(beginOffsetMillis: begin, endOffsetMillis: max(begin, point.endOffsetMillis ?? begin))
                })
        }
        return Categories(matchedCategories: categories.matches.map(\.name), matchedDetails: details)
    }

    private func chatCategories(_ categories: AnalysisCategories) -> ChatCategories {
        var details: [String: ChatCategoryDetails] = [:]
        for (name, points) in categories.matches {
            details[name] = ChatCategoryDetails(
                pointsOfInterest: points.map { point in
                    ChatPointOfInterest(
                        transcriptItems: point.transcriptItems.compactMap { item in
                            item.id.map { ChatTranscriptItem(id: $0, characterOffsets: item.characterOffsets) }
                        })
                })
        }
        return ChatCategories(matchedDetails: details)
    }
}
