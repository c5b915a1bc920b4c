import ContactLensModel

/// The lines of one turn's block at a width: a pure function of its inputs, so it can be cached
/// by (turn, width, query, tags) and only the visible window ever needs laying out.
package struct TurnLayout: Hashable, Sendable {
    package var lines: [StyledLine]

    /// Columns of the offset: "mm:ss", or "h:mm:ss" once the call passes an hour.
    package static func offsetWidth(callMillis: Int) -> Int { callMillis >= 3_600_000 ? 7 : 5 }
    static let roleWidth = 8

    package init(turn: Turn, width: Int, offsetWidth: Int, query: String?, tags: [TurnTag]) {
        let offset = turn.time.start()
        let gutter = offsetWidth + 1 + Self.roleWidth + 1 + 2
        let contentWidth = max(1, width - gutter)
        var head = StyledLine()
        head.append(String(repeating: " ", count: max(0, offsetWidth - offset.count)) + offset, .dim)
        head.append(" ", .text)
        let role = Wrapper.truncate(TerminalText.sanitize(turn.participantRole.uppercased()), width: Self.roleWidth)
        head.append(role, Self.roleStyle(turn.participantRole))
        head.append(String(repeating: " ", count: Self.roleWidth - TextWidth.of(role) + 1), .text)
        let (marker, markerStyle) = Self.sentimentMarker(turn.sentiment)
        head.append(marker, markerStyle)
        head.append(" ", .text)
        let indent = StyledLine(String(repeating: " ", count: gutter), .text)

        let body = Wrapper.wrap(Self.styledContent(turn, query: query), width: contentWidth)
        var lines: [StyledLine] = []
        for (i, line) in body.enumerated() {
            var full = i == 0 ? head : indent
            full.append(line)
            lines.append(full)
        }
        if !tags.isEmpty {
            var chars: [StyledChar] = []
            for (i, tag) in tags.enumerated() {
                if i > 0 { chars.append(StyledChar(" ", .text)) }
                let text = (tag.alert ? "[!" : "[") + TerminalText.sanitize(tag.name) + "]"
                chars += text.map { StyledChar($0, tag.alert ? .alert : .category) }
            }
            for line in Wrapper.wrap(chars, width: contentWidth) {
                var full = indent
                full.append(line)
                lines.append(full)
            }
        }
        self.lines = lines
    }

    /// The style of a participant's label.
    package static func roleStyle(_ role: String) -> Style {
        switch role.uppercased() {
        case "AGENT": .agent
        case "CUSTOMER": .customer
        default: .participant
        }
    }

    /// A marker that reads without colour, and its colour.
    package static func sentimentMarker(_ sentiment: Sentiment?) -> (String, Style) {
        switch sentiment {
        case .some(.positive): ("+", .positive)
        case .some(.negative): ("-", .negative)
        case .some(.neutral): ("·", .neutral)
        case .some: ("?", .dim)
        case .none: (" ", .text)
        }
    }

    /// The sanitised content, issue ranges and search matches styled.
    static func styledContent(_ turn: Turn, query: String?) -> [StyledChar] {
        let issues = turn.readableIssueRanges
        var (text, chars) = asciiContent(turn.content, issues: issues) ?? styledContent(turn.content, issues: issues)
        if let query, !query.isEmpty {
            for range in Search.matches(of: query, in: text) {
                for k in range { chars[k].style = .searchMatch }
            }
        }
        return chars
    }

    /// Printable ASCII content, which sanitising leaves as it is: a character per byte, issue
    /// ranges (in code points) are offsets of it.
    private static func asciiContent(_ content: String, issues: [Range<Int>]) -> (String, [StyledChar])? {
        content.utf8.withContiguousStorageIfAvailable { bytes -> (String, [StyledChar])? in
            guard Search.isPrintableASCII(bytes) else { return nil }
            var chars = bytes.map { StyledChar(Character(Unicode.Scalar($0)), .text) }
            for range in issues {
                for k in range.clamped(to: 0..<chars.count) { chars[k].style = .issue }
            }
            return (content, chars)
        } ?? nil
    }

    /// Any other content, sanitised, each character in an issue when a code point of it was.
    private static func styledContent(_ content: String, issues: [Range<Int>]) -> (String, [StyledChar]) {
        let clean = TerminalText.sanitizeKeepingOrigins(content)
        var chars: [StyledChar] = []
        var scalarIndex = 0
        for ch in clean.text {
            let count = ch.unicodeScalars.count
            let inIssue = issues.contains { r in
                (scalarIndex..<(scalarIndex + count)).contains { r.contains(clean.origins[$0]) }
            }
            chars.append(StyledChar(ch, inIssue ? .issue : .text))
            scalarIndex += count
        }
        return (clean.text, chars)
    }
}
