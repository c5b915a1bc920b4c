/// A run of text in one style.
package struct StyledRun: Hashable, Sendable {
    package var text: String
    package var style: Style
    package init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}

/// One line of styled runs with its display width.
package struct StyledLine: Hashable, Sendable {
    package private(set) var runs: [StyledRun] = []
    package private(set) var width = 0

    package init() {}
    package init(_ text: String, _ style: Style) { append(text, style) }

    /// Appends sanitised text, merging with the last run when the style is the same.
    package mutating func append(_ text: String, _ style: Style) {
        guard !text.isEmpty else { return }
        width += TextWidth.of(text)
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(StyledRun(text, style))
        }
    }

    package mutating func append(_ ch: Character, _ style: Style, width w: Int) {
        width += w
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text.append(ch)
        } else {
            runs.append(StyledRun(String(ch), style))
        }
    }

    package mutating func append(_ line: StyledLine) {
        for run in line.runs { append(run.text, run.style) }
    }

    /// The plain text.
    package var text: String { runs.map(\.text).joined() }
}

/// A grapheme cluster with its style, the unit of wrapping.
package struct StyledChar: Hashable, Sendable {
    package var char: Character
    package var style: Style
    package init(_ char: Character, _ style: Style) {
        self.char = char
        self.style = style
    }
}
