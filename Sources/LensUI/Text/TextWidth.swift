/// Display width of text in terminal columns, owned here in pure Swift so it needs no locale
/// and agrees with modern terminals on emoji sequences (where `wcwidth` does not).
package enum TextWidth {
    /// Columns a grapheme cluster occupies: 0, 1 or 2.
    package static func of(_ ch: Character) -> Int {
        // ASCII first: most of what is laid out, and the property lookups below are not free.
        if let ascii = ch.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1 {
            // An emoji made wide by VS16, a ZWJ sequence, a flag, a keycap or a skin tone.
            if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
            if scalars.contains(where: { $0.value == 0x200D }) && first.properties.isEmoji { return 2 }
            if isRegionalIndicator(first) { return 2 }
        }
        return of(first)
    }

    /// Columns one code point occupies on its own.
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Hangul medial/final jamo
        if scalar.properties.isEmojiPresentation || isRegionalIndicator(scalar) { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// Columns a string occupies. Printable ASCII is one column a byte, counted without
    /// breaking the text into grapheme clusters.
    package static func of(_ text: String) -> Int {
        if let width = printableASCIIWidth(text) { return width }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The byte count when every byte is printable ASCII (each its own one-column cluster), else nil.
    static func printableASCIIWidth(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            return bytes.count
        }
    }

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, EastAsianWidth.txt W/F, condensed).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { high = mid - 1 } else if v > r.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
