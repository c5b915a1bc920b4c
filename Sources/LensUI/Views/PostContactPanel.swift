import ContactLensModel

/// The side panel's part for a contact opened from its post-contact analysis file: what only that
/// analysis tells, in a column — talk time and speed per participant, non-talk time and
/// interruptions, a loudness bar per turn, sentiment by quarter, outcomes and action items.
/// Pure: the same insights, turns and width give the same lines; nothing for a live contact.
enum PostContactPanel {
    static let labelWidth = 9

    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let p = state.session.postContact else { return [] }
        let c = p.characteristics
        var lines = [StyledLine("Post-contact analysis", .title)]
        if let talk = c.talkTime?.byParticipant, !talk.isEmpty {
            let sum = max(1, talk.values.reduce(0, +))
            for (role, millis) in talk.sorted(by: { $0.key < $1.key }) {
                let speed = c.talkSpeedWordsPerMinute?[role].map { " \(Int($0.rounded()))/min" } ?? ""
                let share = Int((Double(millis) * 100 / Double(sum)).rounded())
                lines.append(labelled(role, "\(CallTime.format(millis: millis)) \(share)%\(speed)", width: width))
            }
        }
        if let silence = c.nonTalkTime {
            let count = silence.instances.count
            let line = " Non-talk \(CallTime.format(millis: silence.totalTimeMillis ?? 0)) in \(count)"
            lines.append(StyledLine(Wrapper.truncate(line, width: width), .text))
        }
        if let cut = c.interruptions {
            let seconds = Double((cut.totalTimeMillis ?? 0) / 100) / 10
            lines.append(StyledLine(Wrapper.truncate(" Interruptions \(cut.totalCount ?? 0), \(seconds) s", width: width), .text))
        }
        let loud = loudness(state, p, width: width)
        if !loud.isEmpty { lines += [StyledLine("Loudness per turn", .title)] + loud }
        if let quarters = c.sentiment?.quartersByRole, !quarters.isEmpty {
            lines.append(StyledLine("Sentiment by quarter", .title))
            for (role, scores) in quarters.sorted(by: { $0.key < $1.key }) {
                var line = label(role)
                for (i, score) in scores.map({ $0.score ?? 0 }).enumerated() {
                    if i > 0 { line.append(" ", .text) }
                    line.append(signed(score), score > 0 ? .positive : score < 0 ? .negative : .neutral)
                }
                lines.append(line)
            }
        }
        for (title, pick) in [("Outcomes", \PostContactInsights.TurnInsights.outcomes), ("Action items", \.actionItems)] {
            let found = state.store.turns.flatMap { turn in
                (p.turns[turn.id]?[keyPath: pick] ?? []).map { span(turn, $0) }
            }
            guard !found.isEmpty else { continue }
            lines.append(StyledLine(title, .title))
            // Wrapped under their time: a truncated outcome would not say what was agreed.
            for (time, words) in found {
                let indent = TextWidth.of(time) + 2
                for (i, part) in Wrapper.wrap(words, style: .text, width: max(1, width - indent)).enumerated() {
                    var line = StyledLine(i == 0 ? " " + time + " " : String(repeating: " ", count: indent), .dim)
                    line.append(part)
                    lines.append(line)
                }
            }
        }
        return lines
    }

    /// One bar per turn of each participant, its average loudness on 0…100: ▁ quiet … █ loud.
    static func loudness(_ state: AppState, _ p: PostContactInsights, width: Int) -> [StyledLine] {
        let bars = Array("▁▂▃▄▅▆▇█")
        var lines: [StyledLine] = []
        for role in state.roleOrder {
            var line = label(role)
            var cells = ""
            for turn in state.store.turns where turn.hasRole(role) {
                let scores = (p.turns[turn.id]?.loudnessScore ?? []).compactMap { $0 }
                guard !scores.isEmpty else { continue }
                let mean = min(100, max(0, scores.reduce(0, +) / Double(scores.count)))
                cells.append(bars[min(bars.count - 1, Int(mean / 100 * Double(bars.count)))])
            }
            guard !cells.isEmpty else { continue }
            line.append(String(cells.suffix(max(0, width - line.width))), .neutral)
            lines.append(line)
        }
        return lines
    }

    /// A participant's role, padded to the column.
    static func label(_ role: String) -> StyledLine {
        let text = " " + Wrapper.truncate(TerminalText.sanitize(role).uppercased(), width: labelWidth - 1)
        var line = StyledLine(text, TurnLayout.roleStyle(role.uppercased()))
        line.append(String(repeating: " ", count: max(1, labelWidth + 1 - line.width)), .text)
        return line
    }

    static func labelled(_ role: String, _ value: String, width: Int) -> StyledLine {
        var line = label(role)
        line.append(Wrapper.truncate(value, width: max(1, width - line.width)), .text)
        return line
    }

    /// "+2.5", "-5", "0".
    static func signed(_ value: Double) -> String {
        let text = value.rounded() == value ? String(Int(value)) : String((value * 10).rounded() / 10)
        return value > 0 ? "+" + text : text
    }

    /// A detected span's time and words, from its turn's text.
    static func span(_ turn: Turn, _ span: DetectedSpan) -> (String, String) {
        let scalars = Array(turn.content.unicodeScalars)
        let offsets = span.characterOffsets ?? CharacterOffsets(beginOffsetChar: 0, endOffsetChar: scalars.count)
        let begin = min(max(0, offsets.beginOffsetChar), scalars.count)
        let end = min(max(begin, offsets.endOffsetChar), scalars.count)
        var words = String.UnicodeScalarView()
        words.append(contentsOf: scalars[begin..<end])
        return (turn.time.start(), TerminalText.sanitize(span.text ?? String(words)))
    }
}
