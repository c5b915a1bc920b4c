import ContactLensModel

/// What Contact Lens measures of a call after it ends, computed from its turns the way the
/// documentation describes each measure: talk time and words per minute per role, the silences
/// of 3 s or more where nobody speaks, a turn that starts while another role is still speaking
/// (an interruption, by the role that starts), and sentiment on −5…+5 per role, overall and by
/// quarter of the call (each turn weighs by its length; POSITIVE +5, NEGATIVE −5, else 0).
enum VoiceMeasures {
    /// Silence shorter than this is the rhythm of a conversation, not non-talk time.
    static let nonTalkMinimumMillis = 3_000

    static func characteristics(of turns: [Transcript], summary: String?) -> ConversationCharacteristics {
        let turns = turns.sorted { ($0.beginOffsetMillis, $0.endOffsetMillis) < ($1.beginOffsetMillis, $1.endOffsetMillis) }
        let total = turns.map(\.endOffsetMillis).max() ?? 0
        var talk: [String: Int] = [:]
        var words: [String: Int] = [:]
        for turn in turns {
            talk[turn.participantRole, default: 0] += length(turn)
            words[turn.participantRole, default: 0] += turn.content.split(whereSeparator: \.isWhitespace).count
        }
        var speed: [String: Double] = [:]
        for (role, millis) in talk where millis > 0 {
            speed[role] = (Double(words[role] ?? 0) * 60_000 / Double(millis)).rounded()
        }
        return ConversationCharacteristics(
            totalConversationDurationMillis: total, sentiment: sentiment(turns, total: total),
            interruptions: interruptions(turns), nonTalkTime: nonTalkTime(turns),
            talkSpeedWordsPerMinute: speed,
            talkTime: TalkTime(totalTimeMillis: talk.values.reduce(0, +), byParticipant: talk),
            contactSummary: summary.map { AnalysisContactSummary(postContactSummary: $0) })
    }

    static func length(_ turn: Transcript) -> Int { max(0, turn.endOffsetMillis - turn.beginOffsetMillis) }

    /// Stretches of 3 s or more before, between or under no turn at all.
    static func nonTalkTime(_ turns: [Transcript]) -> NonTalkTime {
        var instances: [TimeSpan] = []
        var spokenUntil = 0
        for turn in turns {
            if turn.beginOffsetMillis - spokenUntil >= nonTalkMinimumMillis {
                instances.append(
                    TimeSpan(
                        beginOffsetMillis: spokenUntil, endOffsetMillis: turn.beginOffsetMillis,
                        durationMillis: turn.beginOffsetMillis - spokenUntil))
            }
            spokenUntil = max(spokenUntil, turn.endOffsetMillis)
        }
        return NonTalkTime(totalTimeMillis: instances.compactMap(\.durationMillis).reduce(0, +), instances: instances)
    }

    /// Each turn that begins while a turn of another role is still going: the overlap, by the
    /// role that began speaking.
    static func interruptions(_ turns: [Transcript]) -> Interruptions {
        var byRole: [String: [TimeSpan]] = [:]
        var count = 0
        var millis = 0
        // Where each role's speech has reached so far, turns taken in the order they begin.
        var spokenUntil: [String: Int] = [:]
        for turn in turns {
            defer { spokenUntil[turn.participantRole] = max(spokenUntil[turn.participantRole] ?? 0, turn.endOffsetMillis) }
            let others = spokenUntil.filter { $0.key != turn.participantRole }.values.max() ?? 0
            let end = min(others, turn.endOffsetMillis)
            guard end > turn.beginOffsetMillis else { continue }
            byRole[turn.participantRole, default: []].append(
                TimeSpan(
                    beginOffsetMillis: turn.beginOffsetMillis, endOffsetMillis: end, durationMillis: end - turn.beginOffsetMillis
                ))
            count += 1
            millis += end - turn.beginOffsetMillis
        }
        return Interruptions(totalCount: count, totalTimeMillis: millis, byInterrupter: byRole)
    }

    /// Overall per role, and the four quarters of the call per role (a quarter without a turn of
    /// the role scores 0).
    static func sentiment(_ turns: [Transcript], total: Int) -> AnalysisSentiment {
        let roles = Array(Set(turns.map(\.participantRole))).sorted()
        var overall: [String: Double] = [:]
        var quarters: [String: [TimeSpan]] = [:]
        let bounds = (0...4).map { total * $0 / 4 }
        for role in roles {
            let own = turns.filter { $0.participantRole == role }
            overall[role] = score(own)
            quarters[role] = (0..<4).map { q in
                let inQuarter = own.filter {
                    let middle = ($0.beginOffsetMillis + $0.endOffsetMillis) / 2
                    return middle >= bounds[q] && (middle < bounds[q + 1] || q == 3)
                }
                return TimeSpan(beginOffsetMillis: bounds[q], endOffsetMillis: bounds[q + 1], score: score(inQuarter))
            }
        }
        return AnalysisSentiment(overallByRole: overall, quartersByRole: quarters)
    }

    /// −5…+5 to one decimal, weighted by length.
    static func score(_ turns: [Transcript]) -> Double {
        let weight = turns.map { Double(max(1, length($0))) }.reduce(0, +)
        guard weight > 0 else { return 0 }
        let sum = turns.map { Double(max(1, length($0))) * value($0.sentiment) }.reduce(0, +)
        return (sum / weight * 10).rounded() / 10
    }

    static func value(_ sentiment: Sentiment?) -> Double {
        switch sentiment {
        case .positive?: 5
        case .negative?: -5
        default: 0
        }
    }

    /// One score a second, 60–90: louder when the turn is negative, the customer a little
    /// louder than the agent, a wobble from the turn's id so the same call always sounds the same.
    static func loudness(_ turn: Transcript) -> [Double?] {
        let count = max(1, (length(turn) + 999) / 1000)
        let base = (turn.participantRole == "CUSTOMER" ? 74.0 : 70.0) + (turn.sentiment == .negative ? 6 : 0)
        var seed = UInt64(14_695_981_039_346_656_037)
        for byte in turn.id.utf8 { seed = (seed ^ UInt64(byte)) &* 1_099_511_628_211 }
        return (0..<count).map { i in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let wobble = Double((seed >> 33) % 500) / 100 - 2.5
            return ((base + wobble + Double(i % 3) * 0.4) * 100).rounded() / 100
        }
    }
}
