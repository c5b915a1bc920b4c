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

    // Shared with the scanning in JSONReader+Scanning.swift.
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// True right after `{` or `[`: the next member or element comes without a comma.
    var afterOpen = false
    var depth = 0

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
    mutating func nextMapKey() throws(Unsupported) -> String? {
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
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
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
