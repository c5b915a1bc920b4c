/// A strict, allocation-light reader for well-formed JSON as API pages use it: objects, arrays,
/// strings, integers, null. Anything it does not accept for certain (a syntax error, a number
/// with a fraction or exponent, an escaped key, a lone surrogate, deep nesting, a byte order mark)
/// throws `Unsupported`, and the caller hands the whole body to `JSONDecoder`, which decides.
/// So it may refuse valid JSON but never accepts what `JSONDecoder` would reject. `package`:
/// the Kinesis client reads GetRecords answers with it too.
package struct JSONReader {
    /// Outside what this reader handles; not a verdict on the body.
    package struct Unsupported: Error { package init() {} }

    /// Deeper than this goes to `JSONDecoder` (whose own limit is 512).
    static let maxDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// True right after `{` or `[`: the next member or element comes without a comma.
    private var afterOpen = false
    private var depth = 0

    package init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    // MARK: Structure

    /// Consumes `{`.
    package mutating func beginObject() throws(Unsupported) {
        try expect(UInt8(ascii: "{"))
        try enter()
    }

    /// The next member's name (its raw bytes; an escaped name is left to JSONDecoder), or nil
    /// after the closing `}`.
    package mutating func nextKey() throws(Unsupported) -> Key? {
        guard let span = try nextName() else { return nil }
        guard !span.escaped else { throw Unsupported() }
        return Key(bytes: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
    }

    /// The next key of a map (such as `MatchedDetails`) as text, or nil after the closing `}`.
    package mutating func nextMapKey() throws(Unsupported) -> String? {
        guard let span = try nextName() else { return nil }
        let raw = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
        return span.escaped ? try Self.unescape(raw) : String(decoding: raw, as: UTF8.self)
    }

    private mutating func nextName() throws(Unsupported) -> (start: Int, end: Int, escaped: Bool)? {
        skipWhitespace()
        guard index < bytes.count else { throw Unsupported() }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            leave()
            return nil
        }
        if afterOpen { afterOpen = false } else { try expect(UInt8(ascii: ",")) }
        let span = try scanString()
        try expect(UInt8(ascii: ":"))
        return span
    }

    /// Consumes `[`.
    package mutating func beginArray() throws(Unsupported) {
        try expect(UInt8(ascii: "["))
        try enter()
    }

    /// True when another element follows; false after the closing `]`.
    package mutating func nextElement() throws(Unsupported) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw Unsupported() }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            leave()
            return false
        }
        if afterOpen { afterOpen = false } else { try expect(UInt8(ascii: ",")) }
        return true
    }

    /// Only whitespace may follow the top-level value.
    package mutating func finish() throws(Unsupported) {
        skipWhitespace()
        guard index == bytes.count else { throw Unsupported() }
    }

    // MARK: Values

    /// Consumes `null` if it comes next.
    package mutating func readNull() -> Bool {
        skipWhitespace()
        guard bytes.count - index >= 4, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    package mutating func readString() throws(Unsupported) -> String {
        let span = try scanString()
        let raw = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
        return span.escaped ? try Self.unescape(raw) : String(decoding: raw, as: UTF8.self)
    }

    /// An integer without fraction or exponent that fits in `Int`.
    package mutating func readInt() throws(Unsupported) -> Int {
        skipWhitespace()
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < bytes.count, let first = Self.digit(bytes[index]) else { throw Unsupported() }
        index += 1
        var value = -first  // accumulated negatively, so Int.min fits
        if first != 0 {
            while index < bytes.count, let digit = Self.digit(bytes[index]) {
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times10.subtractingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { throw Unsupported() }
                value = next
                index += 1
            }
        }
        // "1.0" and "1e2" are integers to JSONDecoder; leave them to it. "01" is not JSON.
        if index < bytes.count {
            let next = bytes[index]
            if next == UInt8(ascii: ".") || next | 0x20 == UInt8(ascii: "e") || Self.digit(next) != nil { throw Unsupported() }
        }
        if negative { return value }
        guard value != .min else { throw Unsupported() }
        return -value
    }

    /// The bytes of the next value, exactly as written (checked as `skipValue` checks it).
    package mutating func rawValue() throws(Unsupported) -> [UInt8] {
        skipWhitespace()
        let start = index
        try skipValue()
        return Array(bytes[start..<index])
    }

    /// Reads and discards any value, checking it is valid JSON.
    package mutating func skipValue() throws(Unsupported) {
        skipWhitespace()
        guard index < bytes.count else { throw Unsupported() }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            while try nextElement() { try skipValue() }
        case UInt8(ascii: "\""):
            _ = try scanString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try skipNumber()
        }
    }
}

extension JSONReader {
    /// A member's name as raw UTF-8; `case "Name":` matches it without making a String.
    package struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        package var string: String { String(decoding: bytes, as: UTF8.self) }

        package static func ~= (name: StaticString, key: Key) -> Bool {
            name.utf8CodeUnitCount == key.bytes.count
                && (0..<key.bytes.count).allSatisfy { name.utf8Start[$0] == key.bytes[$0] }
        }
    }
}

// MARK: Scanning

extension JSONReader {
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(Unsupported) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { throw Unsupported() }
        index += 1
    }

    private mutating func enter() throws(Unsupported) {
        depth += 1
        guard depth <= Self.maxDepth else { throw Unsupported() }
        afterOpen = true
    }

    private mutating func leave() {
        depth -= 1
        afterOpen = false
    }

    private mutating func literal(_ word: StaticString) throws(Unsupported) {
        guard bytes.count - index >= word.utf8CodeUnitCount,
              (0..<word.utf8CodeUnitCount).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] })
        else { throw Unsupported() }
        index += word.utf8CodeUnitCount
    }

    /// A string's raw bytes between its quotes, checked: no raw control characters, only JSON's
    /// escapes, valid UTF-8.
    private mutating func scanString() throws(Unsupported) -> (start: Int, end: Int, escaped: Bool) {
        try expect(UInt8(ascii: "\""))
        let start = index
        var escaped = false, ascii = true
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
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> String {
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
    private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        (i..<i + 4).reduce(0) { $0 << 4 | UInt32(hexDigit(raw[$1])!) }
    }

    /// JSON's number grammar, strictly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func skipNumber() throws(Unsupported) {
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
    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
        return index - start
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte &- UInt8(ascii: "0")) : nil
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
