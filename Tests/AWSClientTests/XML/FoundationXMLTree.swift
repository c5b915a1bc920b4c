import Foundation

@testable import AWSClient

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The same document read by FoundationXML's `XMLParser` (libxml2 on Linux), as an `XMLTree`:
/// the reference our reader is held to in the tests. Only the tests import FoundationXML.
enum FoundationXMLTree {
    /// The root element, or nil when `XMLParser` refuses the bytes.
    static func parse(_ bytes: [UInt8]) -> XMLTree? {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse(), !collector.failed else { return nil }
        return collector.root
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var failed = false
        private var stack: [XMLTree] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let attributes = attributes.map { XMLAttribute(name: $0.key, value: $0.value) }.sorted { $0.name < $1.name }
            stack.append(XMLTree(name: elementName, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: block, as: UTF8.self) }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
    }
}

extension XMLTree {
    /// The tree as FoundationXML reports it: attributes sorted by name, `xmlns` ones left out
    /// (XMLParser does not report them without namespace processing).
    var comparable: XMLTree {
        XMLTree(
            name: name,
            attributes: attributes.filter { $0.name != "xmlns" && !$0.name.hasPrefix("xmlns:") }.sorted { $0.name < $1.name },
            text: text, children: children.map(\.comparable))
    }

    /// The tree with every CR in its text read as LF, as XML 1.0 §2.11 reads a lone CR (libxml2
    /// leaves one inside a CDATA section as it is).
    var loneCRAsLF: XMLTree {
        XMLTree(
            name: name, attributes: attributes, text: text.replacingOccurrences(of: "\r", with: "\n"),
            children: children.map(\.loneCRAsLF))
    }
}
