import LensUI

/// An escape sequence ncurses did not recognise (the bytes after "ESC ["): a mouse report in a
/// form the terminfo entry does not name (tmux's says X10, a terminal may still send xterm's SGR
/// `<b;x;yM`), or one that came unasked. Taken whole, never as Esc and letters that would be keys.
struct EscapeSequence {
    /// The longest sequence read before giving up on it (a mouse report is under 20 bytes).
    static let longest = 32

    /// True when `code` ends a CSI sequence (ECMA-48's final bytes).
    static func isFinal(_ code: UInt32) -> Bool { (0x40...0x7E).contains(code) }

    /// The X10 mouse report ("M" then three bytes) carries its data after its final byte.
    static func trailingBytes(after body: String) -> Int { body == "M" ? 3 : 0 }

    /// The last left press of the SGR form: a second one on the same cell soon after is a double click.
    private var lastPress: (x: Int, y: Int, at: ContinuousClock.Instant)?
    /// As ncurses' `mouseinterval`, generous for a hand.
    static let doubleClickInterval = Duration.milliseconds(400)

    /// The gesture an SGR mouse report means, nil for any other sequence or a gesture lenstail
    /// does not use (a release, a drag, a modifier held: Shift-drag is the terminal's selection).
    mutating func mouse(_ body: String, at time: ContinuousClock.Instant) -> MouseEvent? {
        guard body.hasPrefix("<"), let final = body.last, final == "M" || final == "m" else { return nil }
        let fields = body.dropFirst().dropLast().split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard fields.count == 3, let button = fields[0], let column = fields[1], let row = fields[2], column >= 1, row >= 1
        else { return nil }
        let (x, y) = (column - 1, row - 1)
        switch (button, final) {
        case (64, "M"): return MouseEvent(.wheelUp, x: x, y: y)
        case (65, "M"): return MouseEvent(.wheelDown, x: x, y: y)
        case (0, "M"):
            if let last = lastPress, last.x == x, last.y == y, time - last.at <= Self.doubleClickInterval {
                lastPress = nil
                return MouseEvent(.doubleClick, x: x, y: y)
            }
            lastPress = (x, y, time)
            return MouseEvent(.click, x: x, y: y)
        default: return nil
        }
    }
}
