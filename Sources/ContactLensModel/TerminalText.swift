/// Makes untrusted text (transcript content, error messages, names) safe to print to a terminal.
public enum TerminalText {
    /// Removes escape sequences (CSI, OSC, DCS, SOS/PM/APC, and 8-bit C1 forms), other C0/C1
    /// controls and bidi overrides. Newlines and tabs become spaces, so one turn stays one line.
    public static func sanitize(_ text: String) -> String {
        // The common case: nothing to remove, no copy.
        if !text.unicodeScalars.contains(where: needsWork) { return text }
        var output = String.UnicodeScalarView()
        var state = State.text
        for scalar in text.unicodeScalars {
            switch state {
            case .text:
                switch scalar.value {
                case 0x1B: state = .escape
                case 0x9B: state = .csi
                case 0x90, 0x98, 0x9D, 0x9E, 0x9F: state = .string
                case 0x09, 0x0A, 0x0D: output.append(" ")
                default: if !isDropped(scalar) { output.append(scalar) }
                }
            case .escape:
                switch scalar {
                case "[": state = .csi
                case "]", "P", "X", "^", "_": state = .string
                case " "..."/": state = .escapeIntermediate
                default: state = .text  // a two-character sequence such as ESC 7 or ESC c
                }
            case .escapeIntermediate:
                if !(" "..."/").contains(scalar) { state = .text }
            case .csi:
                // Parameters and intermediates until a final byte in @...~.
                if ("@"..."~").contains(scalar) || scalar.value == 0x1B { state = scalar.value == 0x1B ? .escape : .text }
            case .string:
                // OSC/DCS/... run until BEL or ST (ESC \ or U+009C).
                if scalar.value == 0x07 || scalar.value == 0x9C { state = .text }
                else if scalar.value == 0x1B { state = .stringEscape }
            case .stringEscape:
                state = scalar == "\\" ? .text : .string
            }
        }
        return String(output)
    }

    private enum State { case text, escape, escapeIntermediate, csi, string, stringEscape }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isDropped(scalar)
    }

    /// Controls and invisible direction overrides that could disguise or reorder text.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
