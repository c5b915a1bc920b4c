import ContactLensModel

/// A replay's call turns, most of its schedule, each as a 48-byte row instead of a 152-byte
/// `Segment`: the id and content are the strings the view's store shares, a turn's speaker and
/// sentiment a number in a small table, its issues a number in another. A two-hour call's
/// schedule held 1.5 MB beside the view, over half a file's size (#21); its rows hold 0.5 MB.
struct ScheduledTurns: Sendable {
    private struct Row {
        var id: String
        var content: String
        var begin: Int32
        var end: Int32
        /// In `issueLists`; -1: none.
        var issues: Int32
        /// In `voices`.
        var voice: UInt16
    }

    /// Who spoke, as whom, and how it sounded: few distinct ones in any call.
    private struct Voice: Hashable {
        var participantId: String
        var participantRole: String
        var sentiment: Sentiment?
    }

    private var rows: [Row] = []
    private var voices: [Voice] = []
    private var issueLists: [[IssueDetected]] = []

    var count: Int { rows.count }

    /// The turns, in their order, as rows; and those a row cannot hold (offsets beyond ±24 days,
    /// more than 65,536 voices), which stay whole segments.
    static func rows(of turns: [Transcript]) -> (ScheduledTurns, unheld: [Transcript]) {
        var table = ScheduledTurns()
        table.rows.reserveCapacity(turns.count)
        var unheld: [Transcript] = []
        var numbers: [Voice: UInt16] = [:]
        for turn in turns {
            let voice = Voice(participantId: turn.participantId, participantRole: turn.participantRole, sentiment: turn.sentiment)
            let number = numbers[voice] ?? UInt16(exactly: table.voices.count)
            guard let begin = Int32(exactly: turn.beginOffsetMillis), let end = Int32(exactly: turn.endOffsetMillis),
                let number
            else {
                unheld.append(turn)
                continue
            }
            if numbers[voice] == nil {
                numbers[voice] = number
                table.voices.append(voice)
            }
            var issues: Int32 = -1
            if let list = turn.issuesDetected {
                issues = Int32(table.issueLists.count)
                table.issueLists.append(list)
            }
            table.rows.append(Row(id: turn.id, content: turn.content, begin: begin, end: end, issues: issues, voice: number))
        }
        return (table, unheld)
    }

    /// When the turn at `index` is delivered: its start (a replay starts at 0).
    func atMillis(_ index: Int) -> Int { max(0, Int(rows[index].begin)) }

    /// The turn at `index` as the API sent it.
    subscript(index: Int) -> Transcript {
        let row = rows[index]
        let voice = voices[Int(row.voice)]
        return Transcript(
            id: row.id, participantId: voice.participantId, participantRole: voice.participantRole, content: row.content,
            beginOffsetMillis: Int(row.begin), endOffsetMillis: Int(row.end), sentiment: voice.sentiment,
            issuesDetected: row.issues < 0 ? nil : issueLists[Int(row.issues)])
    }
}
