/// A mouse gesture and the cell it happened on (0-based), as the terminal's adapter decodes it:
/// the screens hit-test it against their own layout and map it to the actions their keys have.
package struct MouseEvent: Hashable, Sendable {
    package enum Kind: Hashable, Sendable, CaseIterable {
        case click, doubleClick, wheelUp, wheelDown

        /// How the gesture is written in help and docs.
        package var label: String {
            switch self {
            case .click: "click"
            case .doubleClick: "double-click"
            case .wheelUp: "wheel ↑"
            case .wheelDown: "wheel ↓"
            }
        }
    }

    package var kind: Kind
    /// The column.
    package var x: Int
    /// The row.
    package var y: Int

    package init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
