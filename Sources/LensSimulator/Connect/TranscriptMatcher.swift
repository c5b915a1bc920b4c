import ContactLensModel
import FoundationEssentials

/// SearchContacts' transcript criteria, matched as the service documents: words, compared
/// case-insensitively after a standard text analyser has split them (letters and digits; an
/// apostrophe inside a word kept). Each search text is a word or phrase: MATCH_ALL wants every
/// text (all of a phrase's words, anywhere in what that participant said), MATCH_ANY one of
/// them, MATCH_NONE none, MATCH_EXACT every text as the exact phrase, its words in a row.
enum TranscriptMatcher {
    /// The words of `text`, lowercased.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        let characters = Array(text.lowercased())
        for (i, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’", !word.isEmpty, i + 1 < characters.count,
                characters[i + 1].isLetter
            {
                word.append("'")
            } else if !word.isEmpty {
                out.append(word)
                word = ""
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    /// True when `lines` (what one participant said) meet the criterion.
    static func matches(_ criterion: TranscriptCriteria, lines: [String]) -> Bool {
        let said = lines.map(words)
        let vocabulary = Set(said.joined())
        let texts = criterion.searchText.map(words).filter { !$0.isEmpty }
        guard !texts.isEmpty else { return true }
        func contains(_ text: [String]) -> Bool { text.allSatisfy(vocabulary.contains) }
        func phrase(_ text: [String]) -> Bool {
            said.contains { line in
                line.count >= text.count
                    && (0...(line.count - text.count)).contains { Array(line[$0..<($0 + text.count)]) == text }
            }
        }
        switch criterion.matchType {
        case .matchAny: return texts.contains(where: contains)
        case .matchNone: return !texts.contains(where: contains)
        case .matchExact: return texts.allSatisfy(phrase)
        default: return texts.allSatisfy(contains)
        }
    }

    /// True when the contact's transcript meets the criteria, combined by `matchType` (MATCH_ALL
    /// unless MATCH_ANY). Only a finished contact's analysis is searched: one without analysis, or
    /// still in progress, never matches.
    static func matches(_ search: TranscriptSearch, record: ContactRecord, at now: Date) -> Bool {
        guard record.hasAnalysis, record.disconnect(at: now) != nil else { return false }
        let results = search.criteria.lazy.map { matches($0, lines: record.said(by: $0.participantRole)) }
        return search.matchType == .matchAny ? results.contains(true) : !results.contains(false)
    }
}
