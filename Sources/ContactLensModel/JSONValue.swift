import FoundationEssentials

/// Any JSON value, for carrying what the model does not describe through `Codable`.
package enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order they were read.
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(sortingMembers: true) == rhs.serialized(sortingMembers: true)
    }
    package func hash(into hasher: inout Hasher) { hasher.combine(serialized(sortingMembers: true)) }

    /// Parses bytes that hold one JSON value.
    package static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    /// Compact JSON, strings escaped as `JSONEncoder` escapes them; members in their order, or
    /// sorted by name for comparing values.
    package func serialized(sortingMembers: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, sorted: sortingMembers)
        return out
    }

    private func write(into out: inout [UInt8], sorted: Bool) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let value): out += Array((value ? "true" : "false").utf8)
        case .integer(let value): out += Array(String(value).utf8)
        case .number(let value): out += Array((value.isFinite ? "\(value)" : "null").utf8)
        case .string(let value): JSONString.write(value, into: &out)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (i, value) in values.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                value.write(into: &out, sorted: sorted)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let ordered = sorted ? members.sorted { $0.0 < $1.0 } : members
            for (i, (name, value)) in ordered.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONString.write(name, into: &out)
                out.append(UInt8(ascii: ":"))
                value.write(into: &out, sorted: sorted)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}

extension JSONValue: Codable {
    package init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: MemberKey.self) {
            self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(JSONValue.self, forKey: $0)) })
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !array.isAtEnd { values.append(try array.decode(JSONValue.self)) }
            self = .array(values)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? single.decode(Double.self) {
            self = .number(value)
        } else {
            self = .string(try single.decode(String.self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .integer(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .number(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .string(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .array(let values):
            var array = encoder.unkeyedContainer()
            for value in values { try array.encode(value) }
        case .object(let members):
            var object = encoder.container(keyedBy: MemberKey.self)
            for (name, value) in members { try object.encode(value, forKey: MemberKey(name)) }
        }
    }
}

/// JSON string literals, the one writer for every JSON lenstail writes itself: quotes, backslash
/// and C0 controls escaped as `JSONEncoder` escapes them, and — so that JSON is safe to `cat` —
/// DEL, C1 controls and the invisible characters that reorder or hide text as `\uXXXX`, which
/// means the same text to any JSON reader.
package enum JSONString {
    package static func write(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Printable ASCII (most text) is copied in runs; anything else is looked at scalar by scalar.
            var index = 0
            while index < utf8.count {
                var end = index
                while end < utf8.count, utf8[end] >= 0x20, utf8[end] < 0x7F, utf8[end] != UInt8(ascii: "\""),
                    utf8[end] != UInt8(ascii: "\\")
                { end += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
                index = end
                guard index < utf8.count else { break }
                let length = scalarLength(utf8[index])
                let scalar = String(
                    decoding: UnsafeBufferPointer(rebasing: utf8[index..<min(utf8.count, index + length)]),
                    as: UTF8.self
                ).unicodeScalars.first!
                escape(scalar, utf8: UnsafeBufferPointer(rebasing: utf8[index..<min(utf8.count, index + length)]), into: &out)
                index += length
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// DEL, C0 and C1 controls, and the format characters that reorder or hide text.
    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }

    private static func escape(_ scalar: Unicode.Scalar, utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        switch scalar {
        case "\"": out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case "\\": out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case "\n": out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case "\r": out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case "\t": out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case "\u{08}": out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case "\u{0C}": out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case _ where isInvisible(scalar):
            let hex = Array("0123456789abcdef".utf8)
            let v = scalar.value
            out += [
                UInt8(ascii: "\\"), UInt8(ascii: "u"), hex[Int(v >> 12 & 0xF)], hex[Int(v >> 8 & 0xF)], hex[Int(v >> 4 & 0xF)],
                hex[Int(v & 0xF)],
            ]
        default:
            out.append(contentsOf: utf8)
        }
    }

    /// The length of the UTF-8 sequence that starts with `lead` (Swift strings are valid UTF-8).
    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
