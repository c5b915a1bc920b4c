import Testing

@testable import AWSClient

/// Random damage to documents, and random bytes, through the reader: it never crashes or hangs,
/// every refusal points inside the body, and whatever it accepts it reads again the same once
/// written back out.
@Suite struct XMLFuzzTests {
    @Test func damagedAndRandomBodiesAreReadOrRefusedWithAPlace() throws {
        var generator = XMLDocumentGenerator(seed: 2026)
        var accepted = 0
        let cases = 50000
        for number in 0..<cases {
            var bytes = generator.damaged(generator.document())
            if number % 5 == 0 {
                bytes = (0..<Int.random(in: 0..<64, using: &generator.random)).map { _ in
                    UInt8.random(in: 0...255, using: &generator.random)
                }
            }
            do {
                let tree = try XMLReader.parse(bytes)
                accepted += 1
                #expect(try XMLReader.parse(Array(Self.write(tree).utf8)) == tree)
            } catch {
                #expect(error.offset <= bytes.count && error.line >= 1 && error.column >= 1)
                #expect(!error.description.contains("\n"))
            }
        }
        print("FIGURE xml fuzz: \(cases) bodies, \(accepted) accepted and read back the same, the rest refused with a place")
    }

    /// The tree as XML, every character that would not read back as itself escaped.
    static func write(_ tree: XMLTree) -> String {
        func escape(_ text: String, attribute: Bool) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"" where attribute: out += "&quot;"
                case "\r": out += "&#13;"
                case "\t" where attribute: out += "&#9;"
                case "\n" where attribute: out += "&#10;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let attributes = tree.attributes.map { " \($0.name)=\"\(escape($0.value, attribute: true))\"" }.joined()
        return "<\(tree.name)\(attributes)>" + escape(tree.text, attribute: false) + tree.children.map(write).joined()
            + "</\(tree.name)>"
    }
}
