import ContactLensModel

/// The emulator's stand-in for Contact Lens's post-contact models: issues, outcomes and action
/// items found in a turn's words by plain rules, so a scenario written as dialogue gets them
/// without annotating each one. A customer's negative turn states an issue (its longest
/// sentence); an agent's sentence that reports what was done ("I've …", "Done …") is an outcome,
/// one that promises what will be ("I'll …", "We will …") an action item. Offsets count Unicode
/// scalars, end exclusive, without the sentence's closing punctuation.
enum AnalysisFindings {
    static let outcomeOpenings = ["I've ", "I have ", "Done", "We've ", "We have "]
    static let actionOpenings = ["I'll ", "I will ", "We'll ", "We will "]

    /// What a turn (or chat message) says, as found.
    struct Found: Hashable {
        var issues: [CharacterOffsets] = []
        var outcomes: [CharacterOffsets] = []
        var actionItems: [CharacterOffsets] = []
    }

    static func find(role: String, content: String, sentiment: Sentiment?) -> Found {
        let sentences = sentences(of: content)
        var found = Found()
        if role == "CUSTOMER", sentiment == .negative,
            let longest = sentences.max(by: { $0.range.count < $1.range.count })
        {
            found.issues = [longest.offsets]
        }
        guard role == "AGENT" else { return found }
        for sentence in sentences {
            if outcomeOpenings.contains(where: sentence.text.hasPrefix) { found.outcomes.append(sentence.offsets) }
            if actionOpenings.contains(where: sentence.text.hasPrefix) { found.actionItems.append(sentence.offsets) }
        }
        return found
    }

    /// A sentence of a text: where it is (in scalars) and what it says.
    struct Sentence {
        var range: Range<Int>
        var text: String
        var offsets: CharacterOffsets { CharacterOffsets(beginOffsetChar: range.lowerBound, endOffsetChar: range.upperBound) }
    }

    /// The sentences of `text`, each without the `.`, `!` or `?` that ends it and without the
    /// spaces around it.
    static func sentences(of text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var result: [Sentence] = []
        var start = 0
        func close(at end: Int) {
            var begin = start
            while begin < end, scalars[begin].properties.isWhitespace { begin += 1 }
            var stop = end
            while stop > begin, scalars[stop - 1].properties.isWhitespace { stop -= 1 }
            guard stop > begin else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[begin..<stop])
            result.append(Sentence(range: begin..<stop, text: String(view)))
        }
        for (index, scalar) in scalars.enumerated() where ".!?".unicodeScalars.contains(scalar) {
            // "€9.90" and "3.5" are not sentence ends: a stop must be followed by a space or the end.
            guard index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace else { continue }
            close(at: index)
            start = index + 1
        }
        close(at: scalars.count)
        return result
    }

    /// The words `offsets` point at in `text`.
    static func slice(_ text: String, _ offsets: CharacterOffsets) -> String {
        let scalars = Array(text.unicodeScalars)
        let begin = min(max(0, offsets.beginOffsetChar), scalars.count)
        let end = min(max(begin, offsets.endOffsetChar), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[begin..<end])
        return String(view)
    }
}
