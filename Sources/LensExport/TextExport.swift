import ContactLensModel

/// Plain text: one line per turn with issues in [[ ]], then categories and the summary.
enum TextExport {
    static func render(_ export: TranscriptExport) -> String {
        var lines = ["Contact Lens analysis"]
        if let instance = export.instanceId { lines.append("Instance:     " + TerminalText.sanitize(instance)) }
        if let contact = export.contactId { lines.append("Contact:      " + TerminalText.sanitize(contact)) }
        lines.append("Participants: " + (export.participants.isEmpty ? "none" : export.participants.joined(separator: ", ")))
        if let scope = export.scope { lines.append("Showing:      " + scope) }
        lines += ["", "TRANSCRIPT"]
        if export.turns.isEmpty { lines.append("(no turns)") }
        // A transferred call: each leg's turns below the divider the follow showed.
        for (transfer, turns) in export.legs {
            if let transfer { lines.append("— \(transfer.dividerText()) —") }
            for turn in turns {
                let loudness = PostContactText.loudness(of: turn, in: export.postContact).map { "  (loudness \($0))" } ?? ""
                lines.append(TurnText.line(turn, time: TurnText.span(turn)) + loudness)
            }
        }
        lines += ["", "CATEGORIES"]
        if export.store.categories.isEmpty { lines.append("(none matched)") }
        for category in export.store.categories {
            let times = TurnText.categoryTimes(category, in: export.store)
            lines.append(TerminalText.sanitize(category.name) + (times.isEmpty ? "" : "  at " + times.joined(separator: ", ")))
        }
        lines += ["", "SUMMARY"]
        if let summary = export.store.summary {
            lines.append(ExportText.summaryStatus(summary))
            if let content = summary.content { lines.append(TerminalText.sanitize(content)) }
        } else {
            lines.append("(no summary)")
        }
        if let insights = export.postContact { lines += postContact(insights, export) }
        lines.append("")
        lines.append("Issues detected are marked [[like this]].")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The post-contact analysis: its facts, aligned, then its lists.
    static func postContact(_ insights: PostContactInsights, _ export: TranscriptExport) -> [String] {
        var lines = ["", "POST-CONTACT ANALYSIS"]
        let facts = PostContactText.facts(insights, export)
        let width = (facts.map(\.0.count).max() ?? 0) + 2
        for (label, value) in facts { lines.append(TurnText.pad(label + ":", width) + value) }
        for (title, items) in PostContactText.lists(insights, export) {
            lines.append(title + ":" + (items.isEmpty ? " none" : ""))
            lines += items.map { "  " + $0 }
        }
        return lines
    }
}
