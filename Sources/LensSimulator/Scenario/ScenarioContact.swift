import ContactLensModel

/// One contact of a scenario: its ids and its analysis segments in file order.
package struct ScenarioContact: Codable, Hashable, Sendable {
    package var instanceId: String
    package var contactId: String
    package var segments: [ScenarioSegment]
    /// The analysis starts this long (call time) after the contact is first asked for; until then
    /// the API answers ResourceNotFoundException, as it does while a call is in the IVR or queue.
    package var analysisStartsAfterMillis: Int?
    /// VOICE (the default) or CHAT: which API serves the contact.
    package var channel: String?
    /// Chats: the outputs the flow produced (`Raw`, `Redacted`); the default is Raw only.
    package var outputTypes: [String]?

    package init(
        instanceId: String, contactId: String, segments: [ScenarioSegment], analysisStartsAfterMillis: Int? = nil,
        channel: String? = nil, outputTypes: [String]? = nil
    ) {
        self.channel = channel
        self.outputTypes = outputTypes
        self.instanceId = instanceId
        self.contactId = contactId
        self.segments = segments
        self.analysisStartsAfterMillis = analysisStartsAfterMillis
    }

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case contactId = "ContactId"
        case segments = "Segments"
        case analysisStartsAfterMillis = "AnalysisStartsAfterMillis"
        case channel = "Channel"
        case outputTypes = "OutputTypes"
    }

    /// A chat: its channel says so, or its segments are in the chat API's shapes.
    package var isChat: Bool {
        channel?.uppercased() == "CHAT" || segments.contains { if case .chat = $0.segment { true } else { false } }
    }

    /// The first chat item's absolute time: call time 0 of a chat.
    var chatStartMillis: Int {
        segments.compactMap { item -> Int? in
            guard case .chat(let chat) = item.segment else { return nil }
            return Self.chatMillis(chat)
        }.min() ?? 0
    }

    static func chatMillis(_ segment: ChatSegment) -> Int? {
        switch segment {
        case .transcript(let t): t.time.epochMillis
        case .event(let e): e.time.epochMillis
        case .attachments(let a): a.time.epochMillis
        case .issues, .categories: nil
        }
    }

    /// How long after the last turn a summary without `ReleaseAtMillis` appears.
    package static let summaryDelayMillis = 5_000

    /// The segments with their resolved release times, in release order (file order among equals).
    package var timeline: [TimedSegment] {
        let chatStart = chatStartMillis
        let lastTurnEnd =
            segments.map { item -> Int in
                switch item.segment {
                case .transcript(let turn): turn.endOffsetMillis
                case .chat(let chat): Self.chatMillis(chat).map { $0 - chatStart } ?? 0
                case .categories, .postContactSummary, .utterance, .unknown: 0
                }
            }.max() ?? 0
        var previous = 0
        var timed: [TimedSegment] = []
        for (index, item) in segments.enumerated() {
            let release =
                item.releaseAtMillis
                ?? Self.defaultRelease(
                    of: item.segment, previous: previous, lastTurnEnd: lastTurnEnd, chatStart: chatStart)
            previous = release
            timed.append(TimedSegment(releaseAtMillis: release, fileIndex: index, segment: item.segment))
        }
        return timed.sorted { ($0.releaseAtMillis, $0.fileIndex) < ($1.releaseAtMillis, $1.fileIndex) }
    }

    /// When the call is over: the last segment's release time.
    package var durationMillis: Int { timeline.last?.releaseAtMillis ?? 0 }

    /// A transcript appears when the turn ends, categories when their last point of interest ends
    /// (else with the segment before), the summary a few seconds after the last turn.
    /// A chat item appears at its absolute time (relative to the chat's first item), issues and
    /// categories with the segment before.
    static func defaultRelease(of segment: Segment, previous: Int, lastTurnEnd: Int, chatStart: Int = 0) -> Int {
        switch segment {
        case .transcript(let transcript): transcript.endOffsetMillis
        case .categories(let categories):
            categories.matchedDetails.values.flatMap(\.pointsOfInterest).map(\.endOffsetMillis).max() ?? previous
        case .postContactSummary: lastTurnEnd.addingSaturating(summaryDelayMillis)
        case .utterance(let piece): piece.endOffsetMillis
        case .chat(let chat): chatMillis(chat).map { max(0, $0 - chatStart) } ?? previous
        case .unknown: previous
        }
    }
}

/// A segment with the call time (ms from the start) at which the simulator releases it.
package struct TimedSegment: Hashable, Sendable {
    /// When, in call time, the simulator makes it available.
    package var releaseAtMillis: Int
    /// Position in the scenario file, which breaks ties between equal release times.
    package var fileIndex: Int
    package var segment: Segment
}
