import CNcursesw
import Foundation
import LensUI

/// The thin ncursesw adapter: open and restore the terminal, draw the cells that changed,
/// read one key or resize. Not Sendable: one thread owns it from open to close.
final class CursesTerminal {
    private var previous: Screen?
    private var isOpen = false
    private let theme: Theme
    private var attributes: [Style: (attrs: attr_t, pair: Int16)] = [:]

    /// Throws when the terminal cannot be used; `initscr` would exit the process on an unknown TERM.
    static func preflight() throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError("lenstail's live view needs a terminal (stdin and stdout must be a tty)") }
        guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else {
            throw TerminalError("TERM is not set; set it to your terminal type (e.g. xterm-256color)")
        }
        var status: Int32 = 0
        guard setupterm(term, 1, &status) == OK, status == 1 else { throw TerminalError("unknown terminal type TERM=\(term)") }
    }

    init() throws(TerminalError) {
        try Self.preflight()
        if String(cString: setlocale(LC_ALL, "")) == "C" { setlocale(LC_ALL, "C.UTF-8") }
        _ = initscr()
        isOpen = true
        _ = raw(); _ = noecho(); _ = nonl()
        _ = keypad(lt_stdscr(), true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        wtimeout(lt_stdscr(), 50)
        theme = Theme(Self.capability())
        setUpColors()
    }

    deinit { close() }

    /// Restores the terminal (leaves the alternate screen, echo, cursor); safe to call twice.
    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = curs_set(1)
        _ = endwin()
    }

    var size: Size { Size(width: Int(getmaxx(lt_stdscr())), height: Int(getmaxy(lt_stdscr()))) }

    /// NO_COLOR (any value) or a monochrome terminal: no colour at all.
    /// Starts colour when there is some: COLORS is only known after `start_color`.
    static func capability() -> ColorCapability {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard has_colors() else { return .none }
        _ = start_color()
        _ = use_default_colors()
        return lt_colors() >= 256 ? .extended256 : .eight
    }

    private func setUpColors() {
        for (i, style) in Style.allCases.enumerated() {
            let a = theme.attributes(for: style)
            var attrs = lt_a_normal()
            if a.bold { attrs |= lt_a_bold() }
            if a.underline { attrs |= lt_a_underline() }
            if a.reverse { attrs |= lt_a_reverse() }
            if a.dim { attrs |= lt_a_dim() }
            var pair: Int16 = 0
            if theme.capability != .none, a.foreground != nil || a.background != nil, i + 1 < lt_color_pairs() {
                pair = Int16(i + 1)
                _ = init_pair(pair, Int16(a.foreground ?? -1), Int16(a.background ?? -1))
            }
            attributes[style] = (attrs, pair)
        }
    }

    /// Draws the cells that differ from the last frame (all of them after a resize).
    func draw(_ screen: Screen) {
        let win = lt_stdscr()
        let full = previous?.size != screen.size
        if full { _ = werase(win) }
        for y in 0..<screen.size.height {
            var x = 0
            while x < screen.size.width {
                let cell = screen[x, y]
                let wide = x + 1 < screen.size.width && screen[x + 1, y].isContinuation
                let span = wide ? 2 : 1
                let changed = full || (x..<(x + span)).contains { previous![$0, y] != screen[$0, y] }
                if changed && !cell.isContinuation { put(cell, x: x, y: y, width: span, win: win) }
                x += span
            }
        }
        previous = screen
        _ = wrefresh(win)
    }

    private func put(_ cell: Cell, x: Int, y: Int, width: Int, win: UnsafeMutablePointer<WINDOW>?) {
        let a = attributes[cell.style] ?? (lt_a_normal(), 0)
        _ = wattr_set(win, a.attrs, a.pair, nil)
        var (chars, used) = Self.wideChars(cell.text, width: width)
        chars.append(0)
        _ = mvwaddnwstr(win, Int32(y), Int32(x), chars, Int32(chars.count - 1))
        // ncurses advanced less than the layout planned (e.g. "❤️"): blank the rest of the cell.
        if used < width { _ = mvwaddnwstr(win, Int32(y), Int32(x + used), [32, 0], 1) }
    }

    /// The cluster as ncurses will measure it (with wcwidth, scalar by scalar): the base and the
    /// zero-width scalars after it only, so an emoji sequence never takes more columns than the
    /// layout gave it and ncurses' grid stays in step with the diff. Returns the columns used.
    static func wideChars(_ text: String, width: Int) -> ([wchar_t], Int) {
        guard let first = text.unicodeScalars.first else { return ([32], 1) }
        let base = wcwidth(wchar_t(bitPattern: first.value))
        guard base >= 1, Int(base) <= width else { return ([63], 1) }  // "?" for what ncurses cannot place
        var chars = [wchar_t(bitPattern: first.value)]
        for scalar in text.unicodeScalars.dropFirst() where wcwidth(wchar_t(bitPattern: scalar.value)) == 0 {
            chars.append(wchar_t(bitPattern: scalar.value))
        }
        return (chars, Int(base))
    }

    /// Waits up to the key timeout; nil when nothing came. `.resize` carries the new size.
    func readEvent() -> AppEvent? {
        var ch: wint_t = 0
        switch wget_wch(lt_stdscr(), &ch) {
        case OK: return KeyDecoder.character(UInt32(ch)).map(AppEvent.key)
        case KEY_CODE_YES:
            if Int32(ch) == KEY_RESIZE {
                previous = nil
                return .resize(size)
            }
            return KeyDecoder.function(Int32(ch)).map(AppEvent.key)
        default: return nil
        }
    }
}

/// A terminal that cannot be used, with a one-line reason.
public struct TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}
