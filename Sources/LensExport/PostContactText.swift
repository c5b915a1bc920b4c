import ContactLensModel

/// What only a post-contact analysis tells, as the text and Markdown exports write it: facts of
/// the conversation (talk time and speed per participant, non-talk time, interruptions,
/// sentiment overall and by quarter, loudness, response times) and lists (issues, outcomes and
/// action items with when and who, categories with their points — none: the whole contact).
/// Every string from the file is sanitised; Markdown escapes on top.
enum PostContactText {
    /// Label and value, one line each.
    static func facts(_ p: PostContactInsights, _ export: TranscriptExport) -> [(String, String)] {
        let c = p.characteristics
        var facts: [(String, String)] = []
        if let total = c.totalConversationDurationMillis { facts.append(("Duration", CallTime.format(millis: total))) }
        if let talk = c.talkTime, !talk.byParticipant.isEmpty {
            let sum = max(1, talk.byParticipant.values.reduce(0, +))
            let roles = sorted(talk.byParticipant).map {
                "\(role($0)) \(CallTime.format(millis: $1)) (\(Int((Double($1) * 100 / Double(sum)).rounded()))%)"
            }
            facts.append(
                (
                    "Talk time",
                    roles.joined(separator: ", ") + (talk.totalTimeMillis.map { "; \(CallTime.format(millis: $0)) in all" } ?? "")
                ))
        }
        if let speed = c.talkSpeedWordsPerMinute, !speed.isEmpty {
            facts.append(
                ("Talk speed", sorted(speed).map { "\(role($0)) \(Int($1.rounded())) words/min" }.joined(separator: ", ")))
        }
        if let silence = c.nonTalkTime {
            let spans = silence.instances.map(span)
            facts.append(
                (
                    "Non-talk time",
                    "\(CallTime.format(millis: silence.totalTimeMillis ?? 0)) in \(count(spans.count, "stretch", "stretches"))"
                        + (spans.isEmpty ? "" : ": " + listed(spans))
                ))
        }
        if let cut = c.interruptions {
            let who = sorted(cut.byInterrupter).map {
                "\(role($0)) \($1.count)× at \(listed($1.map { CallTime.format(millis: $0.beginOffsetMillis ?? 0) }))"
            }
            facts.append(
                (
                    "Interruptions",
                    "\(cut.totalCount ?? 0), \(seconds(cut.totalTimeMillis ?? 0)) in all"
                        + (who.isEmpty ? "" : ": " + who.joined(separator: "; "))
                ))
        }
        if let sentiment = c.sentiment {
            for (name, overall) in sorted(sentiment.overallByRole) {
                var value = "\(score(overall)) overall"
                if let quarters = sentiment.quartersByRole[name], !quarters.isEmpty {
                    value += "; by quarter " + quarters.map { score($0.score ?? 0) }.joined(separator: ", ")
                }
                if let shift = sentiment.shiftByRole[name], let begin = shift.beginScore, let end = shift.endScore {
                    value += "; from \(score(begin)) to \(score(end))"
                }
                facts.append(("Sentiment \(role(name))", value))
            }
        }
        if let response = c.responseTime {
            var parts = response.agentGreetingTimeMillis.map { ["the agent greeted after \(seconds($0))"] } ?? []
            for (name, time) in sorted(response.byRole) {
                parts.append(
                    "\(role(name)) answered in \(seconds(time.averageMillis ?? 0)) on average, \(seconds(time.maximumMillis ?? 0)) at most"
                )
            }
            if !parts.isEmpty { facts.append(("Response time", parts.joined(separator: "; "))) }
        }
        let loudness = loudnessByRole(p, export)
        if !loudness.isEmpty { facts.append(("Loudness", loudness.joined(separator: ", "))) }
        if p.isRedacted { facts.append(("Redacted", "yes: personal data replaced by [PII]")) }
        return facts
    }

    /// Titled lists: issues, outcomes, action items, categories.
    static func lists(_ p: PostContactInsights, _ export: TranscriptExport) -> [(String, [String])] {
        let store = export.store
        var issues: [String] = []
        var outcomes: [String] = []
        var actions: [String] = []
        for turn in store.turns {
            for issue in turn.issuesDetected ?? [] { issues.append(found(turn, issue.characterOffsets)) }
            outcomes += p.turns.outcomes(of: turn.id).compactMap { $0.characterOffsets.map { found(turn, $0) } }
            actions += p.turns.actionItems(of: turn.id).compactMap { $0.characterOffsets.map { found(turn, $0) } }
        }
        // A chat's contact summary points at its messages.
        if let summary = p.characteristics.contactSummary {
            func pointed(_ lists: [[TranscriptItemReference]]) -> [String] {
                lists.flatMap { $0 }.compactMap { ref in
                    guard let id = ref.id, let turn = store.turn(id: id) else { return nil }
                    return found(turn, ref.characterOffsets ?? CharacterOffsets(beginOffsetChar: 0, endOffsetChar: Int.max))
                }
            }
            outcomes += pointed(summary.outcomes)
            actions += pointed(summary.actionItems)
        }
        let categories = p.categories.map { match -> String in
            let name = TerminalText.sanitize(match.name)
            guard !match.wholeContact else { return "\(name) (the whole contact)" }
            let times = match.points.flatMap { point -> [String] in
                if let begin = point.beginOffsetMillis { return [CallTime.span(begin, point.endOffsetMillis ?? begin)] }
                return point.transcriptItems.compactMap { $0.id.flatMap(store.turn(id:))?.time.start() }
            }
            return "\(name) at \(listed(times))"
        }
        return [("Issues", issues), ("Outcomes", outcomes), ("Action items", actions), ("Categories", categories)]
    }

    /// "72" — a turn's loudness on average, for its transcript line; nil without scores.
    static func loudness(of turn: Turn, in p: PostContactInsights?) -> String? {
        guard let scores = p?.turns.loudness(of: turn.id).compactMap({ $0 }), !scores.isEmpty else { return nil }
        return String(Int((scores.reduce(0, +) / Double(scores.count)).rounded()))
    }

    // MARK: Pieces

    static func role(_ name: String) -> String { TerminalText.sanitize(name).uppercased() }

    static func sorted<V>(_ map: [String: V]) -> [(String, V)] { map.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

    /// "+1.8", "-0.6", "0".
    static func score(_ value: Double) -> String {
        let text = value.rounded() == value ? String(Int(value)) : String((value * 10).rounded() / 10)
        return value > 0 ? "+" + text : text
    }

    /// "1.8 s".
    static func seconds(_ millis: Int) -> String { String((Double(millis) / 100).rounded() / 10) + " s" }

    static func span(_ s: TimeSpan) -> String {
        CallTime.span(s.beginOffsetMillis ?? 0, s.endOffsetMillis ?? s.beginOffsetMillis ?? 0)
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// The first ten, and how many more.
    static func listed(_ items: [String]) -> String {
        items.prefix(10).joined(separator: ", ") + (items.count > 10 ? " and \(items.count - 10) more" : "")
    }

    /// "00:26 AGENT: I've refunded the duplicate charge".
    static func found(_ turn: Turn, _ offsets: CharacterOffsets) -> String {
        let scalars = Array(turn.content.unicodeScalars)
        let begin = min(max(0, offsets.beginOffsetChar), scalars.count)
        let end = min(max(begin, offsets.endOffsetChar), scalars.count)
        var words = String.UnicodeScalarView()
        words.append(contentsOf: scalars[begin..<end])
        return "\(turn.time.start()) \(TurnText.role(turn)): \(TerminalText.sanitize(String(words)))"
    }

    /// Each role's loudness over its turns: on average, and the loudest second.
    static func loudnessByRole(_ p: PostContactInsights, _ export: TranscriptExport) -> [String] {
        var byRole: [String: (sum: Double, count: Int, peak: Double)] = [:]
        for turn in export.store.turns {
            for score in p.turns.loudness(of: turn.id) {
                guard let score else { continue }
                var entry = byRole[turn.participantRole] ?? (0, 0, 0)
                entry = (entry.sum + score, entry.count + 1, max(entry.peak, score))
                byRole[turn.participantRole] = entry
            }
        }
        return sorted(byRole).map {
            "\(role($0)) \(Int(($1.sum / Double($1.count)).rounded())) on average (loudest \(Int($1.peak.rounded())))"
        }
    }
}
