import ContactLensModel
import Foundation

/// One fuzz case, as the client meets a 2xx body: decoded as a page (the client's own decoder
/// call), merged into a store twice, every text sanitised.
/// Returns a broken invariant, or nil; a crash ends the process, which is what we look for.
package enum FuzzTarget {
    package static func run(_ body: [UInt8]) -> String? {
        guard let page = try? ListSegmentsResponse.decode(json: body) else { return nil }
        var store = TranscriptStore()
        store.apply(page.segments)
        let (turns, categories, summary) = (store.turns, store.categories, store.summary)
        store.apply(page.segments)
        if store.turns != turns || store.categories != categories || store.summary != summary {
            return "merging the same page twice changed the store"
        }
        for turn in store.turns {
            let length = turn.content.unicodeScalars.count
            if turn.issueRanges.contains(where: { $0.lowerBound < 0 || $0.upperBound > length }) {
                return "issue range outside the text"
            }
            _ = turn.issueTexts
            for text in [turn.content, turn.participantRole, turn.sentiment?.rawValue ?? "", turn.chat?.displayName ?? ""]
            where TerminalText.sanitize(text).unicodeScalars.contains(where: {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            }) {
                return "a control survived sanitising"
            }
        }
        if store.turns.contains(where: { $0.roleLabel.unicodeScalars.contains { $0.value < 0x20 } }) {
            return "a control survived in a chat label"
        }
        for category in store.categories where TerminalText.sanitize(category.name).contains("\u{1B}") {
            return "an escape survived sanitising a category"
        }
        return nil
    }
}
