import ContactLensModel

/// Writes JSON byte for byte as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (two-space indent, `" : "`, an empty array as `[`, a blank line,
/// `]`), without building its value tree first: a 20k-turn export took most of `lenstail
/// export`'s CPU through `JSONEncoder`. Callers write members in sorted order.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var level = 0
    /// True until the open container's first member or element is written.
    private var isFirst = true

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member: the comma before it, its line and `"name" : `.
    mutating func key(_ name: StaticString) {
        nextItem()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        let separator: StaticString = "\" : "
        bytes.append(contentsOf: UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
    }

    /// Starts a member whose name is not known when compiling: escaped as any string is.
    mutating func key(dynamic name: String) {
        nextItem()
        string(name)
        bytes.append(contentsOf: Array(" : ".utf8))
    }

    /// Text written as it is (a literal: `null`, `true`, a number).
    mutating func raw(_ text: String) { bytes.append(contentsOf: Array(text.utf8)) }

    /// `"name" : "text"`; nothing when `text` is nil, as `JSONEncoder` leaves out nil optionals.
    mutating func member(_ name: StaticString, _ text: String?) {
        guard let text else { return }
        key(name)
        string(text)
    }

    /// `"name" : 123`.
    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    /// Starts an array element: the comma before it and its line.
    mutating func element() { nextItem() }

    /// Ends the document's last line.
    mutating func endLine() { bytes.append(0x0A) }

    // MARK: Values

    /// A string, escaped by the one writer every JSON of lenstail's shares (terminal-safe).
    mutating func string(_ text: String) { JSONString.write(text, into: &bytes) }

    /// Decimal digits, written in place (`String(value)` allocated a string per number).
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        level += 1
        isFirst = true
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if isFirst { bytes.append(0x0A) }  // an empty container keeps a blank line, as JSONEncoder writes it
        newline()
        bytes.append(bracket)
        isFirst = false
    }

    private mutating func nextItem() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        newline()
    }

    /// A line break and the next line's indent, copied from one line of spaces in a single append.
    private mutating func newline() {
        let indent: StaticString = "\n                                                                "
        let count = 1 + 2 * level
        guard count <= indent.utf8CodeUnitCount else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
            return
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: indent.utf8Start, count: count))
    }
}
