import CNcursesw
import LensUI

/// Turns what `wget_wch` returns into `Key`s.
enum KeyDecoder {
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(code).map { .char(Character($0)) }
        }
    }

    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_HOME, KEY_FIND: .home
        case KEY_END, KEY_SELECT: .end
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_ENTER: .enter
        default: nil
        }
    }
}

extension KeyDecoder {
    /// The gestures lenstail asks ncurses for (`mousemask`): clicks, double clicks, the wheel.
    static var mouseMask: mmask_t {
        lt_button1_clicked() | lt_button1_double_clicked() | lt_button4_pressed() | lt_button5_pressed()
    }

    /// What `getmouse` reported, as a gesture on a cell; nil for one lenstail does not use.
    static func mouse(_ buttons: mmask_t, x: Int32, y: Int32) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttons & lt_button1_double_clicked() != 0 {
            kind = .doubleClick
        } else if buttons & lt_button1_clicked() != 0 {
            kind = .click
        } else if buttons & lt_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & lt_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(kind, x: Int(x), y: Int(y))
    }
}
