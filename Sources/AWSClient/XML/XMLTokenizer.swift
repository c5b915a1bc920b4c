/// A strict XML 1.0 tokenizer for the flat answers of AWS's XML protocols (STS's query protocol,
/// S3's rest-xml): start and end tags with attributes, character data with the five predefined
/// entities and character references, CDATA sections, comments and processing instructions
/// (skipped), and an XML declaration. Namespace prefixes are kept in names and `xmlns`
/// attributes passed through as attributes: the caller reads local names.
///
/// It refuses what a well-formedness check refuses (mismatched or unclosed tags, a second root,
/// text outside the root, `]]>` in text, a stray `&` or `<`, bytes that are not UTF-8, characters
/// XML does not allow), and on purpose more: a DOCTYPE (so no entity can expand), an encoding
/// other than UTF-8, nesting deeper than `maxDepth`. Each refusal is one `XMLReadError`.
struct XMLTokenizer {
    enum Token: Hashable {
        /// An element opens; an empty element (`<a/>`) is followed by its `.end` at once.
        case start(name: String, attributes: [XMLAttribute])
        case end(name: String)
        /// Character data, references resolved, line ends normalised to LF; a CDATA section too.
        case text(String)
    }

    /// Deeper than this is refused (libxml2's own default limit is 256).
    static let maxDepth = 256

    let bytes: [UInt8]
    var index = 0
    /// The names of the elements open now, outermost first.
    private var open: [String] = []
    /// The namespace prefixes each open element declares.
    var namespaceScopes: [[Substring]] = []
    private var sawRoot = false
    /// The end of an empty element, given back by the next call.
    private var pendingEnd: String?

    init(_ bytes: [UInt8]) throws(XMLReadError) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        if matches("<?xml") && index + 5 < bytes.count && Self.isSpace(bytes[index + 5]) { try readDeclaration() }
    }

    /// The next token, or nil after the root element has closed and only whitespace, comments
    /// and processing instructions follow it.
    mutating func next() throws(XMLReadError) -> Token? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while true {
            if open.isEmpty {
                skipSpace()
                guard index < bytes.count else {
                    if sawRoot { return nil }
                    throw error(bytes.isEmpty ? "the body is empty" : "there is no root element")
                }
                guard bytes[index] == UInt8(ascii: "<") else {
                    throw error(sawRoot ? "text after the root element" : "text before the root element")
                }
                if try skipMisc() { continue }
                if matches("</") { throw error("an end tag with no element open") }
                if sawRoot { throw error("a second root element") }
                sawRoot = true
                return try startTag()
            }
            guard index < bytes.count else { throw error("the body ends inside <\(open[open.count - 1])>") }
            guard bytes[index] == UInt8(ascii: "<") else { return .text(try characterData()) }
            if matches("</") { return try endTag() }
            if matches("<![CDATA[") { return .text(try cdata()) }
            if try skipMisc() { continue }
            return try startTag()
        }
    }

    /// Skips a comment or a processing instruction at `index`; throws on any other `<!`, `<?xml`.
    private mutating func skipMisc() throws(XMLReadError) -> Bool {
        if matches("<!--") {
            try skipComment()
            return true
        }
        if matches("<?") {
            try skipProcessingInstruction()
            return true
        }
        if matches("<!DOCTYPE") { throw error("a DOCTYPE is not accepted (no entity may be declared)") }
        if matches("<!") { throw error("markup '<!' that is not a comment or CDATA section") }
        return false
    }

    private mutating func startTag() throws(XMLReadError) -> Token {
        let tagStart = index
        index += 1
        let name = try readName(what: "an element name")
        var attributes: [XMLAttribute] = []
        while true {
            let spaced = skipSpace()
            guard index < bytes.count else { throw error("the body ends inside the start tag <\(name)") }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                break
            }
            if matches("/>") {
                index += 2
                pendingEnd = name
                break
            }
            guard spaced else { throw error("expected whitespace, '>' or '/>' in the start tag <\(name)") }
            let attributeStart = index
            let attribute = try readAttribute(in: name)
            if attributes.contains(where: { $0.name == attribute.name }) {
                throw error("the attribute \(attribute.name) appears twice in <\(name)>", at: attributeStart)
            }
            attributes.append(attribute)
        }
        let declared = try checkNamespaces(of: name, attributes, at: tagStart)
        if pendingEnd == nil {
            guard open.count < Self.maxDepth else { throw error("elements nested deeper than \(Self.maxDepth)") }
            open.append(name)
            namespaceScopes.append(declared)
        }
        return .start(name: name, attributes: attributes)
    }

    private mutating func readAttribute(in element: String) throws(XMLReadError) -> XMLAttribute {
        let name = try readName(what: "an attribute name")
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
            throw error("expected '=' after the attribute \(name) in <\(element)>")
        }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw error("the value of the attribute \(name) in <\(element)> is not quoted")
        }
        let quote = bytes[index]
        index += 1
        var value: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("the body ends inside the value of the attribute \(name)") }
            let byte = bytes[index]
            switch byte {
            case quote:
                index += 1
                return XMLAttribute(name: name, value: String(decoding: value, as: UTF8.self))
            case UInt8(ascii: "<"): throw error("'<' inside the value of the attribute \(name)")
            case UInt8(ascii: "&"): try readReference(into: &value)
            case 0x0D:
                // An attribute value's line ends and tabs read as spaces (XML 1.0 §3.3.3).
                index += bytes.starts(with: [0x0D, 0x0A], at: index) ? 2 : 1
                value.append(0x20)
            case 0x09, 0x0A:
                index += 1
                value.append(0x20)
            default: try copyScalar(into: &value)
            }
        }
    }

    private mutating func endTag() throws(XMLReadError) -> Token {
        let tagStart = index
        index += 2
        let name = try readName(what: "the end tag's name")
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
            throw error("expected '>' to close the end tag </\(name)")
        }
        let expected = open[open.count - 1]
        guard name == expected else { throw error("the end tag </\(name)> does not match <\(expected)>", at: tagStart) }
        index += 1
        open.removeLast()
        namespaceScopes.removeLast()
        return .end(name: name)
    }

    // MARK: Helpers shared with the other files

    /// True when the bytes at `index` spell `text` (ASCII).
    func matches(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Skips XML whitespace; true when there was some.
    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    func error(_ reason: String, at offset: Int? = nil) -> XMLReadError {
        XMLReadError(reason, at: offset ?? index, in: bytes)
    }
}

/// One attribute of a start tag, its value with references resolved and whitespace normalised.
package struct XMLAttribute: Sendable, Hashable {
    package var name: String
    package var value: String

    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
