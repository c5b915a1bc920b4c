/// One terminal cell: a grapheme cluster and its style.
/// A wide character fills its first cell; the cell after it is a continuation (`text` empty).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .text) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell("", style: style) }
    public var isContinuation: Bool { text.isEmpty }
}
