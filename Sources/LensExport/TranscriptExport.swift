import ContactLensModel

/// A finished (or cut-off) analysis, merged, ready to write as text, Markdown or JSON.
package struct TranscriptExport: Sendable {
    package var instanceId: String?
    package var contactId: String?
    package var store: TranscriptStore
    /// Only this participant role's turns (upper-cased, e.g. "AGENT"): a view filtered by participant.
    package var onlyRole: String?
    /// A contact read from its post-contact analysis file: what only that analysis tells.
    package var postContact: PostContactInsights?

    package init(store: TranscriptStore, instanceId: String? = nil, contactId: String? = nil, onlyRole: String? = nil) {
        self.store = store
        self.instanceId = instanceId
        self.contactId = contactId
        self.onlyRole = onlyRole?.uppercased()
    }

    /// The turns written: all of them, or those of `onlyRole`.
    var turns: [Turn] {
        guard let onlyRole else { return store.turns }
        return store.turns.filter { $0.hasRole(onlyRole) }
    }

    /// "AGENT turns only" when filtered.
    var scope: String? { onlyRole.map { "\(TerminalText.sanitize($0)) turns only" } }

    /// Merges pages in the order they arrived, exactly as a live follow does; a transferred call's
    /// legs begin before the page each names (`legs`, from a recording), as in the follow.
    package init(
        pages: [ListSegmentsResponse], instanceId: String? = nil, contactId: String? = nil,
        legs: [(page: Int, leg: TransferLeg)] = []
    ) {
        var store = TranscriptStore()
        for (index, page) in pages.enumerated() {
            for start in legs where start.page == index { store.beginLeg(start.leg) }
            store.apply(page.segments)
        }
        for start in legs where start.page >= pages.count { store.beginLeg(start.leg) }
        self.init(store: store, instanceId: instanceId, contactId: contactId)
    }

    /// The written turns leg by leg, each leg after the first with the transfer that began it.
    var legs: [(transfer: TransferLeg?, turns: [Turn])] {
        (0..<store.legCount).map { leg in
            let turns = store.turns[store.turnRange(ofLeg: leg)]
            return (
                store.transfer(ofLeg: leg),
                onlyRole.map { role in turns.filter { $0.hasRole(role) } } ?? Array(turns)
            )
        }
    }

    /// The export in `format`; text formats end with a newline.
    package func render(_ format: ExportFormat) -> String {
        switch format {
        case .text: TextExport.render(self)
        case .markdown: MarkdownExport.render(self)
        case .json: String(decoding: renderUTF8(.json), as: UTF8.self)
        }
    }

    /// The same as UTF-8 bytes, for a file: JSON is written as bytes, so a large export is not
    /// copied into a `String` and back.
    package func renderUTF8(_ format: ExportFormat) -> [UInt8] {
        format == .json ? JSONExport.bytes(self) : Array(render(format).utf8)
    }

    /// Each distinct participant as "ROLE" or "ROLE (id)" when the id says more, in order of first turn.
    var participants: [String] {
        var seen = Set<[String]>()
        var result: [String] = []
        for turn in store.turns where seen.insert([turn.participantRole, turn.participantId]).inserted {
            let role = TerminalText.sanitize(turn.participantRole).uppercased()
            let id = TerminalText.sanitize(turn.participantId)
            // A chat's system messages have no participant id: "SYSTEM", not "SYSTEM ()".
            result.append(id.isEmpty || id.uppercased() == role ? role : "\(role) (\(id))")
        }
        return result
    }
}

/// What the text formats write besides turns.
enum ExportText {
    static func summaryStatus(_ summary: PostContactSummary) -> String {
        if summary.status == .failed {
            return "FAILED: " + TerminalText.sanitize(summary.failureCode?.explanation ?? "no reason given")
        }
        return TerminalText.sanitize(summary.status.rawValue)
    }
}
