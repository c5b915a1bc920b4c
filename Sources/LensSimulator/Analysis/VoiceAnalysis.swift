import ContactLensModel

/// A call's post-contact analysis as Contact Lens writes it, from the scenario's turns: each turn
/// with its loudness, issues, outcomes and action items, and (where it holds PII) the times the
/// audio was silenced; the categories with their points; the measures of the conversation. The
/// redacted copy replaces each PII with `[PII]` and moves the character offsets with the text;
/// its times and measures are the raw file's.
enum VoiceAnalysis {
    static func analysis(of contact: ScenarioContact, context: AnalysisContext, redacted: Bool) -> PostContactAnalysis {
        let turns = turns(of: contact)
        let detector = PIIDetector(names: context.names)
        var items: [AnalysisTranscriptItem] = []
        var participants: [AnalysisParticipant] = []
        var summaryParts: (issue: String?, outcome: String?, action: String?) = (nil, nil, nil)
        for turn in turns {
            if !participants.contains(where: { $0.participantId == turn.participantId }) {
                participants.append(AnalysisParticipant(participantId: turn.participantId, participantRole: turn.participantRole))
            }
            var found = AnalysisFindings.find(role: turn.participantRole, content: turn.content, sentiment: turn.sentiment)
            if let given = turn.issuesDetected, !given.isEmpty { found.issues = given.map(\.characterOffsets) }
            summaryParts.issue = summaryParts.issue ?? found.issues.first.map { AnalysisFindings.slice(turn.content, $0) }
            summaryParts.outcome = summaryParts.outcome ?? found.outcomes.first.map { AnalysisFindings.slice(turn.content, $0) }
            summaryParts.action = summaryParts.action ?? found.actionItems.first.map { AnalysisFindings.slice(turn.content, $0) }
            let pii = detector.ranges(in: turn.content)
            let shift = redacted && !pii.isEmpty ? ChatRedactor.Shift(raw: turn.content, ranges: pii) : nil
            func spans(_ offsets: [CharacterOffsets]) -> [DetectedSpan]? {
                offsets.isEmpty ? nil : offsets.map { DetectedSpan(characterOffsets: shift?.map($0) ?? $0) }
            }
            items.append(
                AnalysisTranscriptItem(
                    id: turn.id, participantId: turn.participantId, content: shift?.text ?? turn.content,
                    beginOffsetMillis: turn.beginOffsetMillis, endOffsetMillis: turn.endOffsetMillis,
                    sentiment: turn.sentiment?.rawValue, loudnessScore: VoiceMeasures.loudness(turn),
                    issuesDetected: spans(found.issues), outcomesDetected: spans(found.outcomes),
                    actionItemsDetected: spans(found.actionItems),
                    redaction: pii.isEmpty ? nil : AnalysisRedaction(redactedTimestamps: pii.map { time(of: $0, in: turn) })))
        }
        var summary = summary(of: contact) ?? generatedSummary(summaryParts)
        if redacted, let text = summary {
            let pii = detector.ranges(in: text)
            if !pii.isEmpty { summary = ChatRedactor.Shift(raw: text, ranges: pii).text }
        }
        return PostContactAnalysis(
            version: "1.1.0", accountId: context.accountId, channel: "VOICE", languageCode: context.languageCode,
            jobStatus: "COMPLETED",
            contentMetadata: redacted
                ? ContentMetadata(output: "Redacted", redactionTypes: ["PII"]) : ContentMetadata(output: "Raw"),
            participants: participants, categories: categories(of: contact),
            conversationCharacteristics: VoiceMeasures.characteristics(of: turns, summary: summary), transcript: items)
    }

    /// The call's turns in the order they began (a turn the scenario repeats counts once).
    static func turns(of contact: ScenarioContact) -> [Transcript] {
        var byId: [String: Transcript] = [:]
        var order: [String] = []
        for item in contact.segments {
            guard case .transcript(let turn) = item.segment else { continue }
            if byId.updateValue(turn, forKey: turn.id) == nil { order.append(turn.id) }
        }
        return order.compactMap { byId[$0] }
            .sorted { ($0.beginOffsetMillis, $0.endOffsetMillis) < ($1.beginOffsetMillis, $1.endOffsetMillis) }
    }

    /// Every category the call matched, in the order first matched, with all its points (none:
    /// the whole contact).
    static func categories(of contact: ScenarioContact) -> AnalysisCategories {
        var names: [String] = []
        var points: [String: [PointOfInterest]] = [:]
        for item in contact.segments {
            guard case .categories(let categories) = item.segment else { continue }
            for name in categories.matchedCategories + categories.matchedDetails.keys.sorted() where points[name] == nil {
                names.append(name)
                points[name] = []
            }
            for (name, details) in categories.matchedDetails {
                points[name] = Array(Set((points[name] ?? []) + details.pointsOfInterest)).sorted()
            }
        }
        return AnalysisCategories(
            matchedCategories: names,
            pointsByCategory: points.mapValues { list in
                list.map { AnalysisPointOfInterest(beginOffsetMillis: $0.beginOffsetMillis, endOffsetMillis: $0.endOffsetMillis) }
            })
    }

    /// The scenario's completed summary, if it has one.
    static func summary(of contact: ScenarioContact) -> String? {
        contact.segments.reversed().lazy.compactMap { item -> String? in
            guard case .postContactSummary(let summary) = item.segment, summary.status == .completed else { return nil }
            return summary.content
        }.first
    }

    /// A summary in the generative summary's place when the scenario has none, from what was found.
    static func generatedSummary(_ parts: (issue: String?, outcome: String?, action: String?)) -> String? {
        var sentences: [String] = []
        if let issue = parts.issue { sentences.append("The customer reported: \u{201C}\(issue)\u{201D}.") }
        if let outcome = parts.outcome { sentences.append("The agent resolved it: \u{201C}\(outcome)\u{201D}.") }
        if let action = parts.action { sentences.append("Next step: \u{201C}\(action)\u{201D}.") }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// When a PII was said: its share of the turn's characters laid over the turn's time.
    static func time(of range: CharacterOffsets, in turn: Transcript) -> TimeSpan {
        let count = max(1, turn.content.unicodeScalars.count)
        let length = VoiceMeasures.length(turn)
        return TimeSpan(
            beginOffsetMillis: turn.beginOffsetMillis + length * range.beginOffsetChar / count,
            endOffsetMillis: turn.beginOffsetMillis + length * range.endOffsetChar / count)
    }
}
