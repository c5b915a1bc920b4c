/// UTF-8 checked scalar by scalar, and the character classes of XML 1.0 (fifth edition).
extension XMLTokenizer {
    /// Appends the scalar at `index` (checked: well-formed UTF-8, a character XML allows).
    mutating func copyScalar(into text: inout [UInt8]) throws(XMLReadError) {
        let byte = bytes[index]
        if byte < 0x80 {
            guard byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else {
                throw error("the control character U+\(Self.hex(UInt32(byte))), which XML does not allow")
            }
            text.append(byte)
            index += 1
            return
        }
        let (scalar, length) = try decodeScalar()
        guard Self.isXMLChar(scalar) else { throw error("the character U+\(Self.hex(scalar.value)), which XML does not allow") }
        text.append(contentsOf: bytes[index..<index + length])
        index += length
    }

    /// A name (XML 1.0 `Name`: colons allowed, so prefixed names read whole).
    mutating func readName(what: String) throws(XMLReadError) -> String {
        let start = index
        while index < bytes.count {
            let (scalar, length) = bytes[index] < 0x80 ? (Unicode.Scalar(bytes[index]), 1) : try decodeScalar()
            let allowed = index == start ? Self.isNameStart(scalar) : Self.isNameChar(scalar)
            guard allowed else { break }
            index += length
        }
        guard index > start else {
            throw error(index < bytes.count ? "expected \(what)" : "the body ends where \(what) was expected")
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The multi-byte scalar at `index` and its length; overlong forms, surrogates and
    /// truncated sequences are refused.
    private func decodeScalar() throws(XMLReadError) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF:
            (length, value) = (3, UInt32(lead & 0x0F))
            if lead == 0xE0 { lowest = 0xA0 }
            if lead == 0xED { highest = 0x9F }
        case 0xF0...0xF4:
            (length, value) = (4, UInt32(lead & 0x07))
            if lead == 0xF0 { lowest = 0x90 }
            if lead == 0xF4 { highest = 0x8F }
        default: throw error("a byte (0x\(Self.hex(UInt32(lead)))) that does not start a UTF-8 character")
        }
        guard index + length <= bytes.count else { throw error("a UTF-8 character cut off by the end of the body") }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let range = offset == 1 ? lowest...highest : 0x80...0xBF
            guard range.contains(byte) else { throw error("bytes that are not well-formed UTF-8") }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { throw error("bytes that are not well-formed UTF-8") }
        return (scalar, length)
    }

    /// XML 1.0's `Char`: tab, LF, CR, and U+0020 up, less the surrogates, U+FFFE and U+FFFF.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
            0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF,
            0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            true
        default: false
        }
    }

    static func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStart(scalar)
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
