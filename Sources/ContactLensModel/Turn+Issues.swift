/// Content with issues detected in it: a call's transcript as the API sent it, a store's turn.
package protocol IssueMarked {
    var content: String { get }
    var issuesDetected: [IssueDetected]? { get }
}

extension Transcript: IssueMarked {}
extension Turn: IssueMarked {}

/// Issue ranges of a turn, and the one way every output cuts them out of the content.
extension IssueMarked {
    /// Issue ranges in Unicode code points of `content`, exactly as the service gave them:
    /// clamped to the content, inverted or empty ones dropped, sorted and merged where they overlap.
    package var issueRanges: [Range<Int>] {
        guard let issues = issuesDetected, !issues.isEmpty else { return [] }
        let length = content.unicodeScalars.count
        return IssueRanges.merged(
            issues.compactMap { issue -> Range<Int>? in
                let begin = max(0, min(issue.characterOffsets.beginOffsetChar, length))
                let end = max(0, min(issue.characterOffsets.endOffsetChar, length))
                return begin < end ? begin..<end : nil
            })
    }

    /// The issue ranges as a person should read them, widened to whole words on both sides: no
    /// source says whether an end offset is inclusive and the samples disagree, so "logi" and
    /// "login" of "I can't login." both read `login`. Machine outputs (JSON) keep the offsets.
    package var readableIssueRanges: [Range<Int>] {
        let ranges = issueRanges
        guard !ranges.isEmpty else { return [] }
        let scalars = Array(content.unicodeScalars)
        return IssueRanges.merged(ranges.map { IssueRanges.widenedToWords($0, in: scalars) })
    }

    /// The content cut into plain pieces and issue pieces (readable ranges), unsanitised, in order.
    package var issuePieces: [(text: String, isIssue: Bool)] {
        let scalars = Array(content.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        var pieces: [(String, Bool)] = []
        var position = 0
        for range in readableIssueRanges {
            if position < range.lowerBound { pieces.append((text(position..<range.lowerBound), false)) }
            pieces.append((text(range), true))
            position = range.upperBound
        }
        if position < scalars.count { pieces.append((text(position..<scalars.count), false)) }
        return pieces
    }

    /// The text of each readable issue, for plain-text outputs and tests.
    package var issueTexts: [String] { issuePieces.filter(\.isIssue).map(\.text) }
}

enum IssueRanges {
    /// Sorted, with overlapping or touching ranges merged.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// `range` grown left and right while the scalars next to it belong to the same word.
    static func widenedToWords(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower > 0, isWord(at: lower - 1, in: scalars) { lower -= 1 }
        while upper < scalars.count, isWord(at: upper, in: scalars) { upper += 1 }
        return lower..<upper
    }

    /// Letters, digits, marks and `_`; an apostrophe between two letters ("can't") too.
    static func isWord(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[index]
        if isWordScalar(scalar) { return true }
        guard scalar == "'" || scalar == "\u{2019}", index > 0, index + 1 < scalars.count else { return false }
        return isWordScalar(scalars[index - 1]) && isWordScalar(scalars[index + 1])
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation:
            return true
        default: return false
        }
    }
}
