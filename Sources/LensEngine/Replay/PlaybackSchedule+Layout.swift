import ContactLensModel

/// The rules of a replay's schedule, kind by kind, over the segments as they came. Each turn is
/// placed once, in its latest version (as the store keeps it); a category once per point of
/// interest (a call) or with the latest item it names (a chat); a chat's issues right after the
/// item they mark; partial pieces not at all (a replay shows the final turns).
struct ScheduleLayout {
    typealias Item = PlaybackSchedule.Item

    /// A chat's message, event or attachments: its segment and its time (ms since 1970).
    private struct ChatEntry {
        var id: String
        var millis: Int
        var segment: Segment
    }

    private var transcripts: [String: Transcript] = [:]
    private var callCategories = OrderedGroups<PointOfInterest>()
    private var chatEntries: [String: ChatEntry] = [:]
    /// A chat's issue items by the item they mark, each once.
    private var chatIssues: [String: [ChatIssueItem]] = [:]
    private var chatCategories = OrderedGroups<ChatTranscriptItem>()
    private var summary: PostContactSummary?
    private var unknown: [Segment] = []
    private var unknownSeen: Set<Segment> = []

    mutating func add(_ segment: Segment) {
        switch segment {
        case .transcript(let transcript): transcripts[transcript.id] = transcript
        case .categories(let categories):
            // The store's order: the listed names, then any others the details name, sorted.
            let listed = categories.matchedCategories
            for name in listed + categories.matchedDetails.keys.filter({ !listed.contains($0) }).sorted() {
                callCategories.add(categories.matchedDetails[name]?.pointsOfInterest ?? [], to: name)
            }
        case .postContactSummary(let summary): self.summary = summary
        case .utterance: break
        case .chat(let chat): add(chat)
        case .unknown: if unknownSeen.insert(segment).inserted { unknown.append(segment) }
        }
    }

    private mutating func add(_ segment: ChatSegment) {
        switch segment {
        case .transcript(let message):
            chatEntries[message.id] = ChatEntry(id: message.id, millis: message.time.epochMillis ?? 0, segment: .chat(segment))
        case .event(let event):
            chatEntries[event.id] = ChatEntry(id: event.id, millis: event.time.epochMillis ?? 0, segment: .chat(segment))
        case .attachments(let attachments):
            chatEntries[attachments.id] = ChatEntry(
                id: attachments.id, millis: attachments.time.epochMillis ?? 0, segment: .chat(segment))
        case .issues(let issues):
            for item in issues.issuesDetected.flatMap(\.transcriptItems) where !(chatIssues[item.id] ?? []).contains(item) {
                chatIssues[item.id, default: []].append(item)
            }
        case .categories(let categories):
            for name in categories.matchedDetails.keys.sorted() {
                let items = categories.matchedDetails[name]!.pointsOfInterest.flatMap { $0.transcriptItems ?? [] }
                chatCategories.add(items, to: name, sameWhen: { $0.id == $1.id })
            }
        }
    }

    /// A call's turns in call order, as the store orders them (each due at its start, so also
    /// in time order); every other item at its time (unsorted); the length of the whole.
    func items() -> (turns: [Transcript], others: [Item], length: Int) {
        var items: [Item] = []
        let turns = transcripts.values.sorted {
            ($0.beginOffsetMillis, $0.endOffsetMillis, $0.id) < ($1.beginOffsetMillis, $1.endOffsetMillis, $1.id)
        }
        var length = turns.reduce(0) { max($0, $1.endOffsetMillis) }
        // A chat's clock starts at its first item.
        let chat = chatEntries.values.sorted { ($0.millis, $0.id) < ($1.millis, $1.id) }
        let start = chat.first?.millis ?? 0
        var atById: [String: Int] = [:]
        for entry in chat {
            let at = max(0, entry.millis - start)
            atById[entry.id] = at
            length = max(length, at)
            items.append(Item(atMillis: at, segment: entry.segment))
            if let issues = chatIssues[entry.id] {
                let marked = ChatIssues(issuesDetected: issues.map { ChatIssue(transcriptItems: [$0]) })
                items.append(Item(atMillis: at, segment: .chat(.issues(marked))))
            }
        }
        for (name, points) in callCategories.groups {
            if points.isEmpty {
                items.append(Item(atMillis: 0, segment: .categories(Categories(matchedCategories: [name], matchedDetails: [:]))))
            }
            for point in points.sorted() {
                let details = [name: CategoryDetails(pointsOfInterest: [point])]
                items.append(
                    Item(
                        atMillis: max(0, point.beginOffsetMillis),
                        segment: .categories(Categories(matchedCategories: [name], matchedDetails: details))))
                length = max(length, point.endOffsetMillis)
            }
        }
        for (name, covered) in chatCategories.groups {
            let at = covered.compactMap { atById[$0.id] }.max() ?? 0
            let details = [name: ChatCategoryDetails(pointsOfInterest: [ChatPointOfInterest(transcriptItems: covered)])]
            items.append(Item(atMillis: at, segment: .chat(.categories(ChatCategories(matchedDetails: details)))))
        }
        if let summary { items.append(Item(atMillis: length, segment: .postContactSummary(summary))) }
        // Kinds this model does not know carry no time: they come with the start.
        items += unknown.map { Item(atMillis: 0, segment: $0) }
        return (turns, items, length)
    }
}

/// Named groups in the order first seen, each holding its members once, in the order they came.
private struct OrderedGroups<Member> {
    private(set) var groups: [(name: String, members: [Member])] = []
    private var index: [String: Int] = [:]

    mutating func add(_ members: [Member], to name: String, sameWhen same: (Member, Member) -> Bool) {
        let at = index[name] ?? groups.count
        if at == groups.count {
            index[name] = at
            groups.append((name, []))
        }
        for member in members where !groups[at].members.contains(where: { same($0, member) }) {
            groups[at].members.append(member)
        }
    }
}

extension OrderedGroups where Member: Equatable {
    mutating func add(_ members: [Member], to name: String) { add(members, to: name, sameWhen: ==) }
}
