import CNcursesw
import CTerminalRescue
import FoundationEssentials
import LensUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ncursesw backend: opens and restores the terminal, draws the cells that changed, and
/// waits for a key, a resize or a wake-up without waking on its own (`poll` on the terminal and
/// a pipe that `wake()` writes to). Not Sendable but for `wake()`: one thread owns it.
final class CursesTerminal: TerminalBackend, @unchecked Sendable {
    private var previous: Screen?
    private var isOpen = false
    private let palette: CursesPalette
    private let wakePipe: (read: Int32, write: Int32)
    /// Mouse reporting is on: asked for, and the terminal has a mouse.
    private(set) var hasMouse = false
    private var sequences = EscapeSequence()

    /// Throws when the terminal cannot be used; `initscr` would exit the process on an unknown TERM.
    static func preflight(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError("lenstail's live view needs a terminal (stdin and stdout must be a tty)")
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalError("TERM is not set; set it to your terminal type (e.g. xterm-256color)")
        }
        // A terminal that cannot move the cursor cannot show a full-screen view.
        guard term != "dumb" else { throw TerminalError("TERM=dumb cannot show the full-screen view") }
        var status: Int32 = 0
        guard setupterm(term, 1, &status) == OK, status == 1 else { throw TerminalError("unknown terminal type TERM=\(term)") }
    }

    /// `mouse`: ask for clicks and the wheel (`--no-mouse` does not), if the terminal has a mouse.
    init(mouse: Bool) throws(TerminalError) {
        try Self.preflight()
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw TerminalError("cannot create a pipe: \(String(cString: strerror(errno)))") }
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        wakePipe = (fds[0], fds[1])
        lenstail_rescue_install(STDOUT_FILENO, Self.restoreSequence(mouse: mouse))
        if String(cString: setlocale(LC_ALL, "")) == "C" { setlocale(LC_ALL, "C.UTF-8") }
        _ = initscr()
        lenstail_resize_wake_install(wakePipe.write)
        isOpen = true
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(lt_stdscr(), true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        palette = CursesPalette()
        // No mouse where the terminal has none: terminfo names no mouse report, or ncurses cannot use it.
        if mouse { hasMouse = mousemask(KeyDecoder.mouseMask, nil) != 0 && has_mouse() }
    }

    deinit {
        close()
        Glibc.close(wakePipe.read)
        Glibc.close(wakePipe.write)
    }

    /// Restores the terminal (leaves the alternate screen, echo, cursor); safe to call twice.
    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = curs_set(1)
        _ = endwin()
        lenstail_resize_wake_remove()
        lenstail_rescue_remove()
    }

    var size: Size { Size(width: Int(getmaxx(lt_stdscr())), height: Int(getmaxy(lt_stdscr()))) }

    func draw(_ screen: Screen) {
        let win = lt_stdscr()
        if previous?.size != screen.size { _ = werase(win) }
        for change in ScreenDiff.changes(from: previous, to: screen) {
            put(change.cell, x: change.x, y: change.y, width: change.width, win: win)
        }
        previous = screen
        _ = wrefresh(win)
    }

    func nextEvent(timeout: Duration?) -> TerminalInput? {
        // Keys ncurses has already read (the rest of a paste, a resize) come first.
        if let event = readKey(waitingMillis: 0) { return event }
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0),
        ]
        let millis =
            timeout.map {
                Int32(clamping: max(0, $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000))
            } ?? -1
        let ready = poll(&fds, 2, millis)
        if ready < 0 { return errno == EINTR ? readKey(waitingMillis: 0) : nil }  // SIGWINCH: a KEY_RESIZE is waiting
        if fds[1].revents != 0 { drainWakePipe() }
        // The terminal has gone: as a hang-up.
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .signal(SIGHUP) }
        if fds[0].revents & Int16(POLLIN) != 0 { return readKey(waitingMillis: 25) }
        return nil
    }

    func wake() {
        var byte: UInt8 = 1
        _ = Glibc.write(wakePipe.write, &byte, 1)
    }

    func bell() { _ = beep() }

    /// Ctrl-Z: the shell gets its terminal back until `fg`, then the view is drawn whole again.
    func suspend() {
        // The shell's terminal back exactly as a crash would give it (settings saved before curses,
        // leave the alternate screen, show the cursor), then stop; on `fg`, curses' settings and
        // the alternate screen again, and a whole frame.
        lenstail_rescue_restore_now()
        // To this thread (raise), not the process (kill): this thread must not run on before the stop.
        raise(SIGSTOP)
        _ = reset_prog_mode()
        // The shell's terminal had reporting off: on again.
        if hasMouse {
            _ = mousemask(0, nil)
            _ = mousemask(KeyDecoder.mouseMask, nil)
        }
        // Straight to the descriptor, as the restore went: through stdio it could come out later.
        if let enter = tigetstr("smcup"), Int(bitPattern: enter) != -1 { _ = Glibc.write(STDOUT_FILENO, enter, strlen(enter)) }
        _ = clearok(lt_curscr(), true)
        _ = refresh()
        previous = nil
    }

    private func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while Glibc.read(wakePipe.read, &buffer, buffer.count) > 0 {}
    }

    private func readKey(waitingMillis: Int32) -> TerminalInput? {
        wtimeout(lt_stdscr(), waitingMillis)
        var ch: wint_t = 0
        switch wget_wch(lt_stdscr(), &ch) {
        case OK:
            if ch == 27, let body = unrecognisedSequence() {
                return hasMouse ? sequences.mouse(body, at: .now).map(TerminalInput.mouse) : nil
            }
            return KeyDecoder.character(UInt32(ch)).map(TerminalInput.key)
        case KEY_CODE_YES:
            if Int32(ch) == KEY_RESIZE {
                previous = nil
                return .resize(size)
            }
            if Int32(ch) == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                return KeyDecoder.mouse(event.bstate, x: event.x, y: event.y).map(TerminalInput.mouse)
            }
            return KeyDecoder.function(Int32(ch)).map(TerminalInput.key)
        default: return nil
        }
    }

    /// After an Esc: the rest of a CSI sequence that came with it (ncurses hands over one it does
    /// not know as Esc and its bytes), or nil for a lone Esc, whatever followed left to be read.
    private func unrecognisedSequence() -> String? {
        wtimeout(lt_stdscr(), 0)
        var ch: wint_t = 0
        switch wget_wch(lt_stdscr(), &ch) {
        case OK where ch == 91:  // "["
            break
        case OK:
            _ = unget_wch(wchar_t(bitPattern: UInt32(ch)))
            return nil
        case KEY_CODE_YES:
            _ = ungetch(Int32(ch))
            return nil
        default: return nil
        }
        var body = ""
        var trailing = -1
        while body.unicodeScalars.count < EscapeSequence.longest, trailing != 0, wget_wch(lt_stdscr(), &ch) == OK {
            body.unicodeScalars.append(Unicode.Scalar(UInt32(ch)) ?? "?")
            if trailing > 0 {
                trailing -= 1
            } else if EscapeSequence.isFinal(UInt32(ch)) {
                trailing = EscapeSequence.trailingBytes(after: body)
            }
        }
        return body
    }

    private func put(_ cell: Cell, x: Int, y: Int, width: Int, win: UnsafeMutablePointer<WINDOW>?) {
        let a = palette.attributes(cell.style)
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

    /// What gives the terminal back if lenstail dies in the view: leave the alternate screen, show
    /// the cursor, plain attributes (from terminfo; xterm's when it has none).
    static func restoreSequence(mouse: Bool) -> String {
        func capability(_ name: String, _ fallback: String) -> String {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return fallback }
            return String(cString: value)
        }
        // Mouse reporting left on would type its reports into the shell.
        let mouseOff = mouse ? "\u{1B}[?1000l\u{1B}[?1006l" : ""
        return capability("rmcup", "\u{1B}[?1049l") + capability("cnorm", "\u{1B}[?25h") + capability("sgr0", "\u{1B}[0m")
            + mouseOff + "\r\n"
    }
}

/// A terminal that cannot be used, with a one-line reason.
package struct TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    init(_ message: String) { self.message = message }
    package var description: String { message }
}
