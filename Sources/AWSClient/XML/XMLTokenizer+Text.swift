/// Character data, references, CDATA, comments, processing instructions and the declaration.
extension XMLTokenizer {
    /// Text up to the next `<`: references resolved, CR LF and lone CR read as LF.
    mutating func characterData() throws(XMLReadError) -> String {
        var text: [UInt8] = []
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"): return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "&"): try readReference(into: &text)
            case UInt8(ascii: "]") where matches("]]>"): throw error("']]>' in text outside a CDATA section")
            case 0x0D: appendLineEnd(into: &text)
            default: try copyScalar(into: &text)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The text of `<![CDATA[…]]>`, taken as it is but for line ends.
    mutating func cdata() throws(XMLReadError) -> String {
        let start = index
        index += 9
        var text: [UInt8] = []
        while !matches("]]>") {
            guard index < bytes.count else { throw error("a CDATA section that never ends", at: start) }
            if bytes[index] == 0x0D { appendLineEnd(into: &text) } else { try copyScalar(into: &text) }
        }
        index += 3
        return String(decoding: text, as: UTF8.self)
    }

    /// `<!--…-->`, where `--` may only come right before the closing `>`.
    mutating func skipComment() throws(XMLReadError) {
        let start = index
        index += 4
        var ignored: [UInt8] = []
        while !matches("--") {
            guard index < bytes.count else { throw error("a comment that never ends", at: start) }
            try copyScalar(into: &ignored)
            ignored.removeAll(keepingCapacity: true)
        }
        guard index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: ">") else {
            throw error(index + 2 < bytes.count ? "'--' inside a comment" : "a comment that never ends")
        }
        index += 3
    }

    /// `<?target …?>`; the target `xml` (any case) is only allowed as the declaration at the start.
    mutating func skipProcessingInstruction() throws(XMLReadError) {
        let start = index
        index += 2
        let target = try readName(what: "a processing instruction's target")
        if target.lowercased() == "xml" {
            throw error("an XML declaration is only allowed at the very start of the body", at: start)
        }
        // Names beginning with "xml" are reserved; libxml2 warns and FoundationXML gives up on them.
        if target.lowercased().hasPrefix("xml") {
            throw error("the processing instruction target \(target) begins with 'xml', which is reserved", at: start)
        }
        if matches("?>") {
            index += 2
            return
        }
        guard skipSpace() else { throw error("expected whitespace or '?>' after <?\(target)") }
        var ignored: [UInt8] = []
        while !matches("?>") {
            guard index < bytes.count else { throw error("a processing instruction that never ends", at: start) }
            try copyScalar(into: &ignored)
            ignored.removeAll(keepingCapacity: true)
        }
        index += 2
    }

    /// `<?xml version="1.x" [encoding="UTF-8"] [standalone="yes|no"]?>`, in that order.
    mutating func readDeclaration() throws(XMLReadError) {
        index += 5
        var seen: [String] = []
        while true {
            let spaced = skipSpace()
            if matches("?>") {
                index += 2
                guard seen.first == "version" else { throw error("the XML declaration has no version") }
                return
            }
            guard spaced, index < bytes.count else { throw error("expected whitespace or '?>' in the XML declaration") }
            let nameStart = index
            let attribute = try readAttribute(named: "the XML declaration")
            let allowed = ["version", "encoding", "standalone"]
            guard let position = allowed.firstIndex(of: attribute.name),
                seen.allSatisfy({ allowed.firstIndex(of: $0)! < position })
            else { throw error("unexpected '\(attribute.name)' in the XML declaration", at: nameStart) }
            seen.append(attribute.name)
            try checkDeclared(attribute, at: nameStart)
        }
    }

    private func checkDeclared(_ attribute: XMLAttribute, at offset: Int) throws(XMLReadError) {
        let value = attribute.value
        switch attribute.name {
        case "version":
            let digits = value.dropFirst(2)
            guard value.hasPrefix("1."), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw error("XML version '\(value)' is not 1.x", at: offset)
            }
        case "encoding":
            guard ["utf-8", "utf8"].contains(value.lowercased()) else {
                throw error("the encoding '\(value.prefix(40))' is not UTF-8, the only one read", at: offset)
            }
        default:
            guard value == "yes" || value == "no" else { throw error("standalone must be 'yes' or 'no'", at: offset) }
        }
    }

    /// `name="value"` of the declaration (no references there).
    private mutating func readAttribute(named where: String) throws(XMLReadError) -> XMLAttribute {
        let name = try readName(what: "a name in \(`where`)")
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw error("expected '=' in \(`where`)") }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw error("a value in \(`where`) is not quoted")
        }
        let quote = bytes[index]
        let start = index + 1
        guard let end = bytes[start...].firstIndex(of: quote) else { throw error("a value in \(`where`) never ends") }
        let value = bytes[start..<end]
        guard value.allSatisfy({ $0 >= 0x21 && $0 < 0x7F && $0 != UInt8(ascii: "<") }) else {
            throw error("a value in \(`where`) holds characters it may not", at: start)
        }
        index = end + 1
        return XMLAttribute(name: name, value: String(decoding: value, as: UTF8.self))
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;`, `&#N;` and `&#xH;`, appended as UTF-8.
    mutating func readReference(into text: inout [UInt8]) throws(XMLReadError) {
        let start = index
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < bytes.count && bytes[index] == UInt8(ascii: "x")
            if hex { index += 1 }
            var value: UInt32 = 0
            var digits = 0
            while index < bytes.count, let digit = Self.digit(bytes[index], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                guard value <= 0x10FFFF else { throw error("a character reference beyond U+10FFFF", at: start) }
                index += 1
            }
            guard digits > 0, index < bytes.count, bytes[index] == UInt8(ascii: ";") else {
                throw error("a malformed character reference", at: start)
            }
            index += 1
            guard let scalar = Unicode.Scalar(value), Self.isXMLChar(scalar) else {
                throw error("a character reference to a character XML does not allow", at: start)
            }
            text.append(contentsOf: String(Character(scalar)).utf8)
            return
        }
        let nameStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ";"), index - nameStart < 8 { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";"), let first = name.unicodeScalars.first,
            Self.isNameStart(first), name.unicodeScalars.allSatisfy(Self.isNameChar)
        else {
            throw error("a '&' that does not start a reference (write &amp;)", at: start)
        }
        let replacement: UInt8
        switch name {
        case "lt": replacement = UInt8(ascii: "<")
        case "gt": replacement = UInt8(ascii: ">")
        case "amp": replacement = UInt8(ascii: "&")
        case "quot": replacement = UInt8(ascii: "\"")
        case "apos": replacement = UInt8(ascii: "'")
        default: throw error("the entity &\(name); is not one of the five XML predefines", at: start)
        }
        index += 1
        text.append(replacement)
    }

    /// CR LF or a lone CR, read as LF (XML 1.0 §2.11).
    private mutating func appendLineEnd(into text: inout [UInt8]) {
        index += bytes.starts(with: [0x0D, 0x0A], at: index) ? 2 : 1
        text.append(0x0A)
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
        case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}

extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8], at offset: Int) -> Bool {
        offset + prefix.count <= count && self[offset..<offset + prefix.count].elementsEqual(prefix)
    }
}
