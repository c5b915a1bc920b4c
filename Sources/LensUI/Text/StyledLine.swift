/// A run of text in one style.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}

/// One line of styled runs with its display width.
public struct StyledLine: Hashable, Sendable {
    public private(set) var runs: [StyledRun] = []
    public private(set) var width = 0

    public init() {}
    public init(_ text: String, _ style: Style) { append(text, style) }

    /// Appends sanitised text, merging with the last run when the style is the same.
    public mutating func append(_ text: String, _ style: Style) {
        guard !text.isEmpty else { return }
        width += TextWidth.of(text)
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(StyledRun(text, style))
        }
    }

    public mutating func append(_ ch: Character, _ style: Style, width w: Int) {
        width += w
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text.append(ch)
        } else {
            runs.append(StyledRun(String(ch), style))
        }
    }

    public mutating func append(_ line: StyledLine) {
        for run in line.runs { append(run.text, run.style) }
    }

    /// The plain text.
    public var text: String { runs.map(\.text).joined() }
}

/// A grapheme cluster with its style, the unit of wrapping.
public struct StyledChar: Hashable, Sendable {
    public var char: Character
    public var style: Style
    public init(_ char: Character, _ style: Style) {
        self.char = char
        self.style = style
    }
}
