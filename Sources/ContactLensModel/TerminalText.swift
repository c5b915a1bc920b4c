/// Makes untrusted text (transcript content, names, error messages) safe for a terminal: removes
/// C0/C1 controls, ESC/CSI/OSC/DCS/SOS/PM/APC sequences and bidi overrides, turns tabs and line
/// breaks into spaces, and drops marks with nothing to combine with. Every output mode uses it.
package enum TerminalText {
    /// Sanitised text, with `origins[i]` = the original code point index of scalar `i`.
    package struct Result: Hashable, Sendable {
        package var text: String
        package var origins: [Int]
    }

    /// The sanitised text alone.
    package static func sanitize(_ text: String) -> String {
        // The common case: nothing to remove, no copy.
        if !text.unicodeScalars.contains(where: mayNeedWork) { return text }
        return sanitizeKeepingOrigins(text).text
    }

    /// The sanitised text with a map back to the original code points (for issue ranges).
    package static func sanitizeKeepingOrigins(_ text: String) -> Result {
        let input = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var origins: [Int] = []
        var i = 0
        func emit(_ s: Unicode.Scalar, _ at: Int) {
            out.append(s)
            origins.append(at)
        }
        while i < input.count {
            let s = input[i]
            let v = s.value
            switch v {
            case 0x1B:  // ESC: skip the whole sequence
                i = skipEscape(input, from: i + 1)
                continue
            case 0x9B:
                i = skipCSI(input, from: i + 1)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                i = skipString(input, from: i + 1)
                continue
            case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                emit(" ", i)
            case 0x00..<0x20, 0x7F..<0xA0:
                break
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
                break  // bidi controls and invisible format characters that reorder or hide text
            default:
                // A mark at the start (or after a dropped control) would combine with the cell before.
                if isCombining(s) && (out.isEmpty || out.last == " ") { break }
                emit(s, i)
            }
            i += 1
        }
        return Result(text: String(out), origins: origins)
    }

    /// Marks and variation selectors, which draw onto the cell before them.
    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return s.properties.isVariationSelector
        }
    }

    /// Anything `sanitizeKeepingOrigins` might change: controls, format characters, marks.
    private static func mayNeedWork(_ s: Unicode.Scalar) -> Bool {
        // Printable ASCII first: the Unicode property lookups below cost ~20 ns a scalar,
        // which made a search of a 1M-turn call take seconds.
        if s.value >= 0x20 && s.value < 0x7F { return false }
        return s.value < 0x20 || (0x7F..<0xA0).contains(s.value) || s.value == 0x061C
            || (0x2000...0x206F).contains(s.value) || (0xFEFF...0xFFFB).contains(s.value) || isCombining(s)
    }

    /// After ESC: CSI, string sequences (OSC, DCS, SOS, PM, APC), or a short escape.
    static func skipEscape(_ s: [Unicode.Scalar], from i: Int) -> Int {
        guard i < s.count else { return i }
        switch s[i].value {
        case 0x5B: return skipCSI(s, from: i + 1)  // [
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return skipString(s, from: i + 1)  // ] P X ^ _
        default:
            var j = i
            while j < s.count, (0x20...0x2F).contains(s[j].value) { j += 1 }  // intermediates
            return j < s.count && (0x30...0x7E).contains(s[j].value) ? j + 1 : j
        }
    }

    /// Parameters and intermediates, then one final byte.
    static func skipCSI(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count, (0x20...0x3F).contains(s[j].value) { j += 1 }
        return j < s.count && (0x40...0x7E).contains(s[j].value) ? j + 1 : j
    }

    /// Up to BEL, ST (ESC \) or C1 ST; an unterminated string swallows the rest.
    static func skipString(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count {
            switch s[j].value {
            case 0x07, 0x9C: return j + 1
            case 0x1B: return j + 1 < s.count && s[j + 1] == "\\" ? j + 2 : j + 1
            default: j += 1
            }
        }
        return j
    }
}
