/// Namespaces in XML 1.0, as far as a reader that keeps prefixes needs them: a name has at most
/// one colon, between a non-empty prefix and local part, and every prefix it uses is declared
/// (`xmlns:p="…"`) on its element or an open ancestor, as a namespace-aware parser requires.
extension XMLTokenizer {
    /// The prefixes an element declares, after checking its names against those in scope.
    func checkNamespaces(of element: String, _ attributes: [XMLAttribute], at offset: Int) throws(XMLReadError) -> [Substring] {
        var declared: [Substring] = []
        for attribute in attributes {
            guard let prefix = try Self.prefix(of: attribute.name, at: offset, self), prefix == "xmlns" else { continue }
            let name = attribute.name.dropFirst(6)
            guard name != "xmlns", name != "xml" || attribute.value == "http://www.w3.org/XML/1998/namespace" else {
                throw error("the prefix \(name) may not be declared", at: offset)
            }
            guard !attribute.value.isEmpty else { throw error("the prefix \(name) is declared with an empty name", at: offset) }
            declared.append(name)
        }
        let names = [element] + attributes.map(\.name).filter { !$0.hasPrefix("xmlns:") }
        for name in names {
            guard let prefix = try Self.prefix(of: name, at: offset, self), prefix != "xml" else { continue }
            guard declared.contains(prefix) || namespaceScopes.contains(where: { $0.contains(prefix) }) else {
                throw error("the namespace prefix \(prefix) of \(name) is not declared", at: offset)
            }
        }
        return declared
    }

    /// The prefix of a qualified name, nil when it has none; a name with an empty prefix or
    /// local part, or a second colon, is refused.
    private static func prefix(of name: String, at offset: Int, _ tokenizer: XMLTokenizer) throws(XMLReadError) -> Substring? {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return nil }
        // Each part is an NCName: it starts as a name does (so `xmlns:3` is refused).
        guard parts.count == 2, let first = parts[0].unicodeScalars.first, let second = parts[1].unicodeScalars.first,
            isNameStart(first), isNameStart(second)
        else {
            throw tokenizer.error("'\(name)' is not a qualified name (prefix:local)", at: offset)
        }
        return parts[0]
    }
}
