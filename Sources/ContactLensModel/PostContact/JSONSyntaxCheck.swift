/// Where a file stops being JSON (RFC 8259), as a person fixing it needs to hear it: the line and
/// column and what was expected there. `JSONSerialization` and `JSONDecoder` only say that the
/// data is corrupted, and the documentation's own example analysis files have stray and missing
/// commas, so a reader must say exactly where.
package struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    package let reason: String
    /// 1-based; lines end at LF (a CR before it is part of that line end).
    package let line: Int
    /// 1-based, in Unicode scalars from the start of the line.
    package let column: Int
    package let offset: Int

    package var description: String { "line \(line), column \(column): \(reason)" }
}

/// A strict, non-allocating pass over UTF-8 bytes that checks they hold one JSON value.
package struct JSONSyntaxCheck {
    /// Nesting near JSONDecoder's own limit (512) is refused here first, with a place.
    static let maxDepth = 500

    private let bytes: [UInt8]
    private var index = 0

    /// Throws the first place `bytes` are not one JSON value (a UTF-8 byte order mark is allowed).
    package static func check(_ bytes: [UInt8]) throws(JSONSyntaxError) {
        var checker = JSONSyntaxCheck(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { checker.index = 3 }
        checker.skipSpace()
        guard checker.index < bytes.count else { throw checker.error("the file is empty, where a JSON value was expected") }
        try checker.value(depth: 0)
        checker.skipSpace()
        guard checker.index == bytes.count else { throw checker.error("more after the end of the JSON value") }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value(depth: Int) throws(JSONSyntaxError) {
        guard depth < Self.maxDepth else { throw error("nested deeper than \(Self.maxDepth) levels") }
        guard index < bytes.count else { throw error("the file ends where a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            throw error("a value was expected before '\(Character(Unicode.Scalar(bytes[index])))'")
        default: throw error("\(shown()) where a value was expected")
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) {
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            guard index < bytes.count else { throw error("the file ends inside an object") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error(
                    bytes[index] == UInt8(ascii: "}")
                        ? "a stray comma before '}'" : "\(shown()) where a member name in quotes was expected")
            }
            try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the member name")
            }
            index += 1
            skipSpace()
            try value(depth: depth + 1)
            skipSpace()
            guard index < bytes.count else { throw error("the file ends inside an object") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipSpace()
            case UInt8(ascii: "}"):
                index += 1
                return
            case UInt8(ascii: "\""): throw error("a comma is missing between two members")
            default: throw error("expected ',' or '}' after a member, found \(shown())")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) {
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            guard index < bytes.count else { throw error("the file ends inside an array") }
            if bytes[index] == UInt8(ascii: "]") { throw error("a stray comma before ']'") }
            try value(depth: depth + 1)
            skipSpace()
            guard index < bytes.count else { throw error("the file ends inside an array") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipSpace()
            case UInt8(ascii: "]"):
                index += 1
                return
            case UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "["): throw error("a comma is missing between two elements")
            default: throw error("expected ',' or ']' after an element, found \(shown())")
            }
        }
    }

    private mutating func string() throws(JSONSyntaxError) {
        let start = index
        index += 1
        while true {
            guard index < bytes.count else { throw error("a string that never ends", at: start) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error("a string that never ends", at: start) }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    let escape = index - 1
                    let unit = try hexEscape()
                    if (0xDC00...0xDFFF).contains(unit) { throw error("a lone low surrogate '\\u' escape", at: escape) }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                            throw error("a high surrogate '\\u' escape without its low half", at: escape)
                        }
                        index += 1
                        guard (0xDC00...0xDFFF).contains(try hexEscape()) else {
                            throw error("a high surrogate '\\u' escape without its low half", at: escape)
                        }
                    }
                default: throw error("'\\\(shownByte(bytes[index]))' is not a JSON escape", at: index - 1)
                }
            case 0x00..<0x20:
                throw error(
                    "a control character (U+00\(byte < 16 ? "0" : "")\(String(byte, radix: 16, uppercase: true))) inside a string; write it escaped"
                )
            case 0x80...: try skipUTF8()
            default: index += 1
            }
        }
    }

    /// The four hex digits after `\u` (with `index` on the `u`); leaves `index` after them.
    private mutating func hexEscape() throws(JSONSyntaxError) -> Int {
        var value = 0
        for offset in 1...4 {
            guard index + offset < bytes.count, let digit = Self.hexValue(bytes[index + offset]) else {
                throw error("'\\u' must be followed by four hex digits", at: index - 1)
            }
            value = value << 4 | digit
        }
        index += 5
        return value
    }

    private mutating func number() throws(JSONSyntaxError) {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("a '-' without digits") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, Self.isDigit(bytes[index]) { throw error("a number with a leading zero") }
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("a '.' without digits after it") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("an exponent without digits") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count, (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] }) else {
            throw error("\(shown()) where a value was expected")
        }
        index += count
    }

    /// One well-formed multi-byte UTF-8 sequence.
    private mutating func skipUTF8() throws(JSONSyntaxError) {
        let lead = bytes[index]
        let (length, low, high): (Int, UInt8, UInt8) =
            switch lead {
            case 0xC2...0xDF: (2, 0x80, 0xBF)
            case 0xE0: (3, 0xA0, 0xBF)
            case 0xED: (3, 0x80, 0x9F)
            case 0xE1...0xEF: (3, 0x80, 0xBF)
            case 0xF0: (4, 0x90, 0xBF)
            case 0xF1...0xF3: (4, 0x80, 0xBF)
            case 0xF4: (4, 0x80, 0x8F)
            default: (0, 0, 0)
            }
        guard length > 0, index + length <= bytes.count, (low...high).contains(bytes[index + 1]),
            (2..<length).allSatisfy({ (0x80...0xBF).contains(bytes[index + $0]) })
        else { throw error("bytes that are not UTF-8") }
        index += length
    }

    private mutating func skipSpace() {
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
        {
            index += 1
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }

    /// The character at `index` as the message shows it: printable ASCII quoted, anything else by code.
    private func shown() -> String { "'\(shownByte(bytes[index]))'" }

    private func shownByte(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte)
            ? String(Character(Unicode.Scalar(byte))) : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        let offset = min(offset ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for position in 0..<offset where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        let column = 1 + bytes[lineStart..<offset].lazy.filter { $0 & 0xC0 != 0x80 }.count
        return JSONSyntaxError(reason: reason, line: line, column: column, offset: offset)
    }
}
