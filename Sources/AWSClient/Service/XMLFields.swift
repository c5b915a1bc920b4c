import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text of each element of an XML document by its path below the root, e.g.
/// "AssumeRoleResult/Credentials/AccessKeyId", read with `XMLParser`. Enough for the query
/// protocol's answers, which lenstail reads as a few known fields, never as lists.
struct XMLFields: Sendable {
    /// The root element's name, e.g. "AssumeRoleResponse" or "ErrorResponse".
    let root: String
    private let fields: [String: String]

    /// Nil when the bytes are not well-formed XML (an HTML page from a proxy, an empty body).
    init?(_ bytes: [UInt8]) {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse(), let root = collector.root else { return nil }
        self.root = root
        fields = collector.fields
    }

    /// The trimmed text of the element at `path`; nil when absent.
    subscript(path: String) -> String? { fields[path] }

    /// Collects each element's text under its path; the last of repeated paths wins.
    private final class Collector: NSObject, XMLParserDelegate {
        var root: String?
        var fields: [String: String] = [:]
        private var path: [String] = []
        private var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            if root == nil { root = elementName } else { path.append(elementName) }
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName: String?
        ) {
            guard !path.isEmpty else { return }
            fields[path.joined(separator: "/")] = text.trimmingCharacters(in: .whitespacesAndNewlines)
            path.removeLast()
            text = ""
        }
    }
}
