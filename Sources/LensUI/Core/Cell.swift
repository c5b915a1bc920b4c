/// One terminal cell: a grapheme cluster and its style.
/// A wide character fills its first cell; the cell after it is a continuation (`text` empty).
package struct Cell: Hashable, Sendable {
    package var text: String
    package var style: Style

    package init(_ text: String, style: Style = .text) {
        self.text = text
        self.style = style
    }

    package static let blank = Cell(" ")
    /// The right half of a wide character.
    package static func continuation(_ style: Style) -> Cell { Cell("", style: style) }
    package var isContinuation: Bool { text.isEmpty }
}
