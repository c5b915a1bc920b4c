/// Reads a whole XML answer into its root `XMLTree`, strictly (see `XMLTokenizer` for what it
/// accepts). This, not FoundationXML, is how lenstail reads STS's and S3's XML: the shipped
/// binary then carries neither FoundationXML nor libxml2.
package enum XMLReader {
    /// The root element of `bytes`, or the first reason they are not well-formed.
    package static func parse(_ bytes: [UInt8]) throws(XMLReadError) -> XMLTree {
        var tokenizer = try XMLTokenizer(bytes)
        var stack: [XMLTree] = []
        var root: XMLTree?
        while let token = try tokenizer.next() {
            switch token {
            case .start(let name, let attributes):
                stack.append(XMLTree(name: name, attributes: attributes))
            case .text(let text):
                stack[stack.count - 1].text += text
            case .end:
                let element = stack.removeLast()
                if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
            }
        }
        // The tokenizer ends only after the root has closed and nothing but whitespace, comments
        // and processing instructions followed it.
        guard let root else { throw XMLReadError("the body ends before its root element closes", at: bytes.count, in: bytes) }
        return root
    }
}
