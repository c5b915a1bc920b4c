extension JSONValue {
    /// The value as `JSONSerialization.data(withJSONObject:options: [.sortedKeys])` wrote it:
    /// members in its key order (`JSONKeyOrder`), `/` escaped, whole doubles without `.0`. The
    /// emulator's answers and request fingerprints keep their bytes this way.
    package var sortedLikeJSONSerialization: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .integer(let number): out += Array(String(number).utf8)
        case .number(let number): out += Array(Self.text(number).utf8)
        case .string(let text): Self.write(text, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let unique = Dictionary(members, uniquingKeysWith: { _, last in last })
            for (index, key) in unique.keys.sorted(by: JSONKeyOrder.precedes).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.write(key, to: &out)
                out.append(UInt8(ascii: ":"))
                unique[key]!.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// `1`, `1.5`, `1e+20`, `3e-05`, `-0`: the shortest digits that read back the same.
    private static func text(_ number: Double) -> String {
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private static func write(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "/"): out += [UInt8(ascii: "\\"), UInt8(ascii: "/")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// The order `JSONSerialization`'s `.sortedKeys` gave members: a collation ignoring case that
/// reads runs of digits as numbers (`a9` before `a10`), lower case first among equals, and ASCII
/// punctuation in the Unicode collation's order (`_` before `-`). Other scalars follow ASCII by value.
package enum JSONKeyOrder {
    package static func precedes(_ a: String, _ b: String) -> Bool {
        let (left, right) = (Array(a.unicodeScalars), Array(b.unicodeScalars))
        let primary = compare(left, right)
        if primary != 0 { return primary < 0 }
        // Equal but for case: at the first letter that differs, lower case comes first.
        for (x, y) in zip(left, right) where x != y {
            return x.properties.isLowercase
        }
        return left.lexicographicallyPrecedes(right) { $0.value < $1.value }
    }

    /// Negative, zero or positive, ignoring case.
    private static func compare(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let (x, nextI) = digits(a, from: i)
                let (y, nextJ) = digits(b, from: j)
                if x.count != y.count { return x.count - y.count }
                if x != y { return x.lexicographicallyPrecedes(y) ? -1 : 1 }
                (i, j) = (nextI, nextJ)
                continue
            }
            let (x, y) = (weight(a[i]), weight(b[j]))
            if x != y { return x < y ? -1 : 1 }
            (i, j) = (i + 1, j + 1)
        }
        return (a.count - i) - (b.count - j)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A run of digits without its leading zeros, and where it ends.
    private static func digits(_ scalars: [Unicode.Scalar], from start: Int) -> ([UInt32], Int) {
        var end = start
        while end < scalars.count, isDigit(scalars[end]) { end += 1 }
        let run = scalars[start..<end].map(\.value).drop { $0 == 0x30 }
        return (Array(run), end)
    }

    private static let punctuation = Array("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

    private static func weight(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.value < 0x21 { return scalar.value }
        if let rank = punctuation.firstIndex(of: scalar) { return 0x100 + UInt32(rank) }
        if isDigit(scalar) { return 0x200 + scalar.value }
        if ("a"..."z").contains(scalar) { return 0x300 + scalar.value }
        if ("A"..."Z").contains(scalar) { return 0x300 + scalar.value + 0x20 }
        return 0x400 + scalar.value
    }
}
