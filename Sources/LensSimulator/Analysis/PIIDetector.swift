import ContactLensModel

/// The emulator's stand-in for Contact Lens's PII entity detection, enough for a scenario's
/// dialogue: the names of the people in the contact, e-mail addresses, numbers of six digits or
/// more (card, account and phone numbers, spaces and hyphens allowed between digits) and three
/// or more digits spoken as words ("four, seven, one, nine"). Offsets count Unicode scalars,
/// end exclusive, in order, never overlapping.
struct PIIDetector: Sendable {
    /// Names to redact wherever they appear as whole words.
    var names: [String]

    static let digitWords: Set<String> = [
        "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ]

    func ranges(in text: String) -> [CharacterOffsets] {
        let scalars = Array(text.unicodeScalars)
        var found: [Range<Int>] = []
        for name in names where !name.isEmpty {
            found += wholeWords(Array(name.unicodeScalars), in: scalars)
        }
        found += digitRuns(scalars) + spokenDigits(scalars) + emails(scalars)
        // Sorted, overlapping ranges merged.
        var merged: [Range<Int>] = []
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged.map { CharacterOffsets(beginOffsetChar: $0.lowerBound, endOffsetChar: $0.upperBound) }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func wholeWords(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard word.count <= scalars.count else { return [] }
        var ranges: [Range<Int>] = []
        for start in 0...(scalars.count - word.count) where Array(scalars[start..<start + word.count]) == word {
            let before = start == 0 || !Self.isWordScalar(scalars[start - 1])
            let after = start + word.count == scalars.count || !Self.isWordScalar(scalars[start + word.count])
            if before && after { ranges.append(start..<start + word.count) }
        }
        return ranges
    }

    /// Runs of digits (with single spaces or hyphens between) holding six digits or more.
    private func digitRuns(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].properties.numericType == .decimal else {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            while end < scalars.count {
                if scalars[end].properties.numericType == .decimal {
                    digits += 1
                    end += 1
                } else if " -".unicodeScalars.contains(scalars[end]), end + 1 < scalars.count,
                    scalars[end + 1].properties.numericType == .decimal
                {
                    end += 1
                } else {
                    break
                }
            }
            if digits >= 6 { ranges.append(index..<end) }
            index = end
        }
        return ranges
    }

    /// Three or more digit words in a row, separated by spaces or commas.
    private func spokenDigits(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var words: [(range: Range<Int>, isDigit: Bool, gapIsSeparator: Bool)] = []
        var index = 0
        var gapStart = 0
        while index < scalars.count {
            guard Self.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, Self.isWordScalar(scalars[index]) { index += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<index])
            let gap = scalars[gapStart..<start].allSatisfy { $0 == " " || $0 == "," }
            words.append((start..<index, Self.digitWords.contains(String(view).lowercased()), gap))
            gapStart = index
        }
        var ranges: [Range<Int>] = []
        var run: [Range<Int>] = []
        func flush() {
            if run.count >= 3, let first = run.first, let last = run.last { ranges.append(first.lowerBound..<last.upperBound) }
            run = []
        }
        for word in words {
            if word.isDigit, run.isEmpty || word.gapIsSeparator {
                run.append(word.range)
            } else {
                flush()
                if word.isDigit { run.append(word.range) }
            }
        }
        flush()
        return ranges
    }

    /// `name@domain.tld`: the characters around an `@` up to a space.
    private func emails(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (at, scalar) in scalars.enumerated() where scalar == "@" {
            var begin = at
            while begin > 0, !scalars[begin - 1].properties.isWhitespace { begin -= 1 }
            var end = at + 1
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            while end > at + 1, ".,;:!?".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            if begin < at, end > at + 1 { ranges.append(begin..<end) }
        }
        return ranges
    }
}
