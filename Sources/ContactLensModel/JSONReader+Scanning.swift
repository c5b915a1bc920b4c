/// The byte-level scanning `JSONReader` is built on: whitespace, strings, numbers, literals.
// MARK: Scanning

extension JSONReader {
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8) throws(Unsupported) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { throw Unsupported() }
        index += 1
    }

    mutating func enter() throws(Unsupported) {
        depth += 1
        guard depth <= Self.maxDepth else { throw Unsupported() }
        afterOpen = true
    }

    mutating func leave() {
        depth -= 1
        afterOpen = false
    }

    mutating func literal(_ word: StaticString) throws(Unsupported) {
        guard bytes.count - index >= word.utf8CodeUnitCount,
            (0..<word.utf8CodeUnitCount).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] })
        else { throw Unsupported() }
        index += word.utf8CodeUnitCount
    }

    /// A string's raw bytes between its quotes, checked: no raw control characters, only JSON's
    /// escapes, valid UTF-8.
    mutating func scanString() throws(Unsupported) -> (start: Int, end: Int, escaped: Bool) {
        try expect(UInt8(ascii: "\""))
        let start = index
        var escaped = false
        var ascii = true
        while true {
            guard index < bytes.count else { throw Unsupported() }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw Unsupported() }
            if byte >= 0x80 { ascii = false }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard index + 1 < bytes.count else { throw Unsupported() }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 6 <= bytes.count,
                        (index + 2..<index + 6).allSatisfy({ Self.hexDigit(bytes[$0]) != nil })
                    else { throw Unsupported() }
                    index += 6
                default:
                    throw Unsupported()
                }
                continue
            }
            index += 1
        }
        let end = index
        index += 1
        if !ascii, String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == nil {
            throw Unsupported()
        }
        return (start, end, escaped)
    }

    /// The text of a checked string body with escapes; a lone surrogate goes to JSONDecoder.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            let kind = raw[i + 1]
            i += 2
            switch kind {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var value = hex4(raw, at: i)
                i += 4
                if (0xD800..<0xDC00).contains(value) {
                    guard i + 6 <= raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") else {
                        throw Unsupported()
                    }
                    let low = hex4(raw, at: i + 2)
                    guard (0xDC00..<0xE000).contains(low) else { throw Unsupported() }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let scalar = Unicode.Scalar(value) else { throw Unsupported() }
                UTF8.encode(scalar) { out.append($0) }
            default: out.append(kind)  // " \\ /
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Four hex digits already checked by `scanString`.
    static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        (i..<i + 4).reduce(0) { $0 << 4 | UInt32(hexDigit(raw[$1])!) }
    }

    /// JSON's number grammar, strictly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    mutating func skipNumber() throws(Unsupported) {
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, let first = Self.digit(bytes[index]) else { throw Unsupported() }
        index += 1
        if first != 0 { skipDigits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { throw Unsupported() }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw Unsupported() }
        }
    }

    @discardableResult
    mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
        return index - start
    }

    static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte &- UInt8(ascii: "0")) : nil
    }

    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
