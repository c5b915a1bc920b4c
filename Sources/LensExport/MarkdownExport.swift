import ContactLensModel

/// Markdown: a table of turns (issues in bold), a list of categories, the summary. Every piece of
/// untrusted text is sanitised and escaped, so it reads the same raw and rendered.
enum MarkdownExport {
    static func render(_ export: TranscriptExport) -> String {
        var lines = ["# Contact Lens analysis", ""]
        if let instance = export.instanceId { lines.append("- **Instance:** " + escape(instance)) }
        if let contact = export.contactId { lines.append("- **Contact:** " + escape(contact)) }
        let participants = export.participants.map(escape)
        lines.append("- **Participants:** " + (participants.isEmpty ? "none" : participants.joined(separator: ", ")))
        if let scope = export.scope { lines.append("- **Showing:** " + escape(scope)) }
        lines += ["", "## Transcript", ""]
        if export.turns.isEmpty {
            lines.append("_No turns._")
        } else {
            let loud = export.postContact != nil
            let header =
                loud
                ? ["| Time | Speaker | Sentiment | Loudness | Text |", "|---|---|---|---|---|"]
                : ["| Time | Speaker | Sentiment | Text |", "|---|---|---|---|"]
            lines += header
            // A transferred call: a table a leg, each after its transfer.
            for (transfer, turns) in export.legs {
                if let transfer { lines += ["", "**— " + escape(transfer.dividerText()) + " —**", ""] + header }
                lines += rows(turns, export, loud: loud)
            }
            lines += ["", "Issues detected are in **bold**."]
        }
        lines += ["", "## Categories", ""]
        if export.store.categories.isEmpty { lines.append("_None matched._") }
        for category in export.store.categories {
            let times = TurnText.categoryTimes(category, in: export.store)
            lines.append("- **\(escape(category.name))**" + (times.isEmpty ? "" : " — " + times.joined(separator: ", ")))
        }
        lines += ["", "## Summary", ""]
        if let summary = export.store.summary {
            lines.append("Status: " + escape(ExportText.summaryStatus(summary)))
            if let content = summary.content { lines += ["", escapeLineStart(escape(content))] }
        } else {
            lines.append("_No summary._")
        }
        if let insights = export.postContact { lines += postContact(insights, export) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table rows of `turns`.
    static func rows(_ turns: [Turn], _ export: TranscriptExport, loud: Bool) -> [String] {
        turns.map { turn in
            let content = escape(TurnText.prefix(turn)) + TurnText.content(turn, plain: escape) { "**" + escape($0) + "**" }
            let loudness = loud ? " \(PostContactText.loudness(of: turn, in: export.postContact) ?? "–") |" : ""
            return "| \(TurnText.span(turn)) | \(escape(TurnText.role(turn))) | "
                + "\(escape(TurnText.sentiment(turn, none: "–"))) |\(loudness) \(content) |"
        }
    }

    /// The post-contact analysis: a list of facts, then a titled list each.
    static func postContact(_ insights: PostContactInsights, _ export: TranscriptExport) -> [String] {
        var lines = ["", "## Post-contact analysis", ""]
        lines += PostContactText.facts(insights, export).map { "- **\(escape($0.0)):** \(escape($0.1))" }
        for (title, items) in PostContactText.lists(insights, export) {
            lines += ["", "### \(title)", ""]
            lines += items.isEmpty ? ["_None._"] : items.map { "- " + escape($0) }
        }
        return lines
    }

    /// Sanitised, with every character Markdown could read as markup backslash-escaped
    /// (`!` and parentheses only mean something after `[` `]`, which are escaped).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalText.sanitize(text) {
            if "\\`*_[]<>|#~&".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Escapes a leading list, heading or quote marker of a paragraph ("- ", "1. ", "=").
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
