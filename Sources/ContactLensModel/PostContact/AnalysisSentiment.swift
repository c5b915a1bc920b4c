/// `ConversationCharacteristics.Sentiment`. Voice: the overall score per role (−5…+5) and the
/// score of each quarter of the call per role. Chat: the overall score per role and, for the
/// customer, with and without an agent; the shift from the first to the last score; and the
/// sentiment of each group of transcript items.
package struct AnalysisSentiment: Sendable, Hashable, Decodable {
    package var overallByRole: [String: Double]
    /// Voice: `SentimentByPeriod.QUARTER`, each role's four periods with their scores.
    package var quartersByRole: [String: [TimeSpan]]
    /// Chat: `SentimentShift.DetailsByParticipantRole`, each role's begin and end score.
    package var shiftByRole: [String: SentimentShift]
    /// Chat: `DetailsByTranscriptItemGroup`.
    package var itemGroups: [SentimentItemGroup]
    package var unknown: [String: RawJSON]

    package init(
        overallByRole: [String: Double] = [:], quartersByRole: [String: [TimeSpan]] = [:],
        shiftByRole: [String: SentimentShift] = [:], itemGroups: [SentimentItemGroup] = [], unknown: [String: RawJSON] = [:]
    ) {
        self.overallByRole = overallByRole
        self.quartersByRole = quartersByRole
        self.shiftByRole = shiftByRole
        self.itemGroups = itemGroups
        self.unknown = unknown
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        // Voice writes `OverallSentiment` as role → score; chat nests that map one level down.
        let overall = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("OverallSentiment"))
        if let overall, overall.contains(MemberKey("DetailsByParticipantRole")) {
            overallByRole = overall.numbers("DetailsByParticipantRole") ?? [:]
        } else {
            overallByRole = c.numbers("OverallSentiment") ?? [:]
        }
        let byPeriod = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("SentimentByPeriod"))
        quartersByRole = byPeriod?.lists("QUARTER") ?? [:]
        let shift = try? c.nestedContainer(keyedBy: MemberKey.self, forKey: MemberKey("SentimentShift"))
        shiftByRole =
            shift?.lenient("DetailsByParticipantRole", as: [String: Lenient<SentimentShift>].self)?.compactMapValues(\.value)
            ?? [:]
        itemGroups = c.list("DetailsByTranscriptItemGroup") ?? []
        unknown = c.unknown(except: ["OverallSentiment", "SentimentByPeriod", "SentimentShift", "DetailsByTranscriptItemGroup"])
    }
}

/// How a role's sentiment moved through a chat.
package struct SentimentShift: Sendable, Hashable, Decodable {
    package var beginScore: Double?
    package var endScore: Double?

    package init(beginScore: Double?, endScore: Double?) {
        self.beginScore = beginScore
        self.endScore = endScore
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        beginScore = c.number("BeginScore")
        endScore = c.number("EndScore")
    }
}

/// The sentiment of consecutive chat items of one role.
package struct SentimentItemGroup: Sendable, Hashable, Decodable {
    package var participantRole: String?
    package var sentiment: String?
    package var progressiveScore: Double?
    package var transcriptItemIds: [String]

    package init(participantRole: String?, sentiment: String?, progressiveScore: Double?, transcriptItemIds: [String]) {
        self.participantRole = participantRole
        self.sentiment = sentiment
        self.progressiveScore = progressiveScore
        self.transcriptItemIds = transcriptItemIds
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        participantRole = c.text("ParticipantRole")
        sentiment = c.text("Sentiment")
        progressiveScore = c.number("ProgressiveScore")
        transcriptItemIds = (c.list("TranscriptItems", of: TranscriptItemReference.self) ?? []).compactMap(\.id)
    }
}

/// A transcript item named by id, with the characters concerned when given.
package struct TranscriptItemReference: Sendable, Hashable, Decodable {
    package var id: String?
    package var characterOffsets: CharacterOffsets?

    package init(id: String?, characterOffsets: CharacterOffsets? = nil) {
        self.id = id
        self.characterOffsets = characterOffsets
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: MemberKey.self)
        id = c.text("Id")
        characterOffsets = c.lenient("CharacterOffsets")
    }
}
