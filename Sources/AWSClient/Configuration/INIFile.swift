import FoundationEssentials
import LensBasics

/// One parsed AWS INI file: sections in file order, keys lowercased, duplicate sections merged.
struct INIFile: Sendable, Hashable {
    /// Section name exactly as between the brackets (trimmed) → its properties.
    private(set) var sections: [String: [String: String]] = [:]
    /// Section names in the order they first appear.
    private(set) var order: [String] = []

    /// Why a file could not be parsed; the offending line's text is never kept (it may hold a secret).
    struct ParseError: Error, Hashable {
        let line: Int
        let reason: String
    }

    /// An empty file.
    init() {}

    /// Parses the text the way botocore's configparser does, with two relaxations the AWS file-format
    /// guide allows: duplicate sections and keys merge (last wins) instead of failing.
    init(parsing text: String) throws(ParseError) {
        var current: String?
        var lastKey: String?
        var lastKeyIndent = 0
        var lastKeyIsNested = false
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.trimmed()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            let indent = rawLine.prefix { $0 == " " || $0 == "\t" }.count

            // An indented line under a key continues it (or, under an empty value, is a sub-property).
            if let section = current, let key = lastKey, indent > lastKeyIndent {
                if lastKeyIsNested, let sub = Self.property(line) {
                    sections[section]?["\(key).\(sub.key)"] = sub.value
                } else {
                    let value = sections[section]?[key] ?? ""
                    sections[section]?[key] = value.isEmpty ? line : value + "\n" + line
                    lastKeyIsNested = false
                }
                continue
            }
            if line.hasPrefix("[") {
                guard let close = line.lastIndex(of: "]") else {
                    throw ParseError(line: lineNumber, reason: "a section header without a closing ']'")
                }
                let name = line[line.index(after: line.startIndex)..<close].trimmed()
                guard !name.isEmpty else { throw ParseError(line: lineNumber, reason: "an empty section name") }
                if sections[name] == nil {
                    sections[name] = [:]
                    order.append(name)
                }
                current = name
                lastKey = nil
                continue
            }
            guard let section = current else {
                throw ParseError(line: lineNumber, reason: "a property before any [section] header")
            }
            guard let property = Self.property(line) else {
                throw ParseError(line: lineNumber, reason: "expected 'key = value'")
            }
            sections[section, default: [:]][property.key] = property.value
            lastKey = property.key
            lastKeyIndent = indent
            lastKeyIsNested = property.value.isEmpty
        }
    }

    /// "key = value" → (lowercased key, trimmed value); nil without "=" or with an empty key.
    private static func property(_ line: String) -> (key: String, value: String)? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        let key = line[..<equals].trimmed().lowercased()
        guard !key.isEmpty else { return nil }
        return (key, line[line.index(after: equals)...].trimmed())
    }

    /// The properties of a section.
    func properties(_ section: String) -> [String: String]? {
        sections[section]
    }
}
