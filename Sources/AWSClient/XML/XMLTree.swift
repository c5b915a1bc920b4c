/// One element of an XML answer with everything inside it: its name, attributes, its own text
/// (the character data directly inside it, in order) and its child elements. AWS's XML answers
/// are flat records and lists of them, so lookups go by local name (any prefix dropped).
package struct XMLTree: Sendable, Hashable {
    /// The name as written, prefix included (`s3:Key`).
    package var name: String
    package var attributes: [XMLAttribute]
    package var text: String
    package var children: [XMLTree]

    package init(name: String, attributes: [XMLAttribute] = [], text: String = "", children: [XMLTree] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    /// The name without its namespace prefix (`Key` for `s3:Key`).
    package var localName: Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// The first child element of that local name.
    package func child(_ localName: String) -> XMLTree? { children.first { $0.localName == localName } }

    /// Every child element of that local name, in order (the `Contents` of a listing).
    package func children(_ localName: String) -> [XMLTree] { children.filter { $0.localName == localName } }

    /// The text of the first element at `path` below this one ("Error/Code"), trimmed of XML
    /// whitespace; nil when there is no such element.
    package subscript(path: String) -> String? {
        var element = self
        for name in path.split(separator: "/") {
            guard let next = element.children.first(where: { $0.localName == name }) else { return nil }
            element = next
        }
        return element.trimmedText
    }

    /// `text` without leading and trailing spaces, tabs and line ends.
    package var trimmedText: String {
        let bytes = Array(text.utf8)
        guard let first = bytes.firstIndex(where: { !XMLTokenizer.isSpace($0) }),
            let last = bytes.lastIndex(where: { !XMLTokenizer.isSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
