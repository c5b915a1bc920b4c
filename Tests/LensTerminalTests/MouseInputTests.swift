import CNcursesw
import Foundation
import Testing

@testable import LensTerminal
@testable import LensUI

/// What the adapter makes of the mouse: ncurses' reports as gestures, and the escape sequences
/// ncurses did not decode taken whole (an SGR report as its gesture, anything else dropped),
/// never as Esc and letters that would be keys.
@Suite struct MouseInputTests {
    @Test func ncursesReportsBecomeGestures() {
        #expect(KeyDecoder.mouse(lt_button1_clicked(), x: 9, y: 4) == MouseEvent(.click, x: 9, y: 4))
        #expect(KeyDecoder.mouse(lt_button1_double_clicked(), x: 1, y: 2) == MouseEvent(.doubleClick, x: 1, y: 2))
        #expect(KeyDecoder.mouse(lt_button4_pressed(), x: 0, y: 0)?.kind == .wheelUp)
        #expect(KeyDecoder.mouse(lt_button5_pressed(), x: 0, y: 0)?.kind == .wheelDown)
        #expect(KeyDecoder.mouse(0, x: 0, y: 0) == nil)
        #expect(KeyDecoder.mouseMask & lt_button1_clicked() != 0 && KeyDecoder.mouseMask & lt_button5_pressed() != 0)
    }

    @Test func sgrReportsBecomeGesturesOnTheCellTheyName() {
        var decoder = EscapeSequence()
        let now = ContinuousClock.now
        #expect(decoder.mouse("<64;10;5M", at: now) == MouseEvent(.wheelUp, x: 9, y: 4))
        #expect(decoder.mouse("<65;1;1M", at: now) == MouseEvent(.wheelDown, x: 0, y: 0))
        #expect(decoder.mouse("<0;10;5M", at: now) == MouseEvent(.click, x: 9, y: 4))
        #expect(decoder.mouse("<0;10;5m", at: now) == nil, "a release is no gesture")
        #expect(decoder.mouse("<0;10;5M", at: now + .milliseconds(200)) == MouseEvent(.doubleClick, x: 9, y: 4))
        // A third press starts again; far apart, or on another cell, presses are clicks.
        #expect(decoder.mouse("<0;10;5M", at: now + .milliseconds(300))?.kind == .click)
        #expect(decoder.mouse("<0;10;5M", at: now + .seconds(2))?.kind == .click)
        #expect(decoder.mouse("<0;11;5M", at: now + .milliseconds(2100))?.kind == .click)
    }

    @Test(arguments: ["<4;10;5M", "<32;10;5M", "<2;10;5M", "<0;0;5M", "<0;10M", "<x;1;1M", "A", "M !&", "<0;10;5", "1;5H"])
    func otherSequencesAreNoGesture(_ body: String) {
        var decoder = EscapeSequence()
        #expect(decoder.mouse(body, at: .now) == nil)
    }

    @Test func aSequenceEndsAtItsFinalByteAndAnX10ReportCarriesThreeMore() {
        #expect(EscapeSequence.isFinal(UInt32(UInt8(ascii: "M"))) && EscapeSequence.isFinal(UInt32(UInt8(ascii: "~"))))
        #expect(!EscapeSequence.isFinal(UInt32(UInt8(ascii: ";"))) && !EscapeSequence.isFinal(UInt32(UInt8(ascii: "<"))))
        #expect(EscapeSequence.trailingBytes(after: "M") == 3)
        #expect(EscapeSequence.trailingBytes(after: "<0;1;1M") == 0)
    }

    /// A crash or Ctrl-Z gives the shell a terminal that no longer reports the mouse.
    @Test func theRestoreTurnsReportingOffWhenItWasAskedFor() {
        #expect(CursesTerminal.restoreSequence(mouse: true).contains("\u{1B}[?1000l"))
        #expect(!CursesTerminal.restoreSequence(mouse: false).contains("\u{1B}[?1000"))
    }
}
