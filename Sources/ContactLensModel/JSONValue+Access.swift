/// Reading into a `JSONValue` as code read `JSONSerialization`'s objects (`as? String`,
/// `as? [String: Any]`, `as? Int`), for the few places that look into JSON without a `Codable` shape.
extension JSONValue {
    /// The member `name` of an object (the last of that name); nil for a missing member or a value that is not an object.
    package subscript(member name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.0 == name }?.1
    }

    /// An object's members by name (the last of each name), or nil for another value.
    package var members: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return Dictionary(members, uniquingKeysWith: { _, last in last })
    }

    package var string: String? { if case .string(let text) = self { text } else { nil } }
    package var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
    package var array: [JSONValue]? { if case .array(let items) = self { items } else { nil } }

    /// A number as a `Double` (an integer too), as `NSNumber.doubleValue` read it.
    package var double: Double? {
        switch self {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }

    /// A whole number (`1` or `1.0`) that fits an `Int`, as `as? Int` read an `NSNumber`.
    package var int: Int? {
        switch self {
        case .integer(let number): Int(exactly: number)
        case .number(let number): Int(exactly: number)
        default: nil
        }
    }

    /// True when `bytes` are one JSON value (a fragment such as `"text"` or `3` too).
    package static func isValid(_ bytes: [UInt8]) -> Bool { (try? parse(bytes)) != nil }
}
