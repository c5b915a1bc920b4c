/// Random well-formed XML documents in the shapes AWS answers with, and random damage to them:
/// names with prefixes and non-ASCII letters, attributes, entities, character references, CDATA,
/// comments, processing instructions, CR LF line ends.
struct XMLDocumentGenerator {
    /// SplitMix64, so a failing case can be drawn again from its seed.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    var random: Random

    init(seed: UInt64) { random = Random(state: seed) }

    static let names = ["Code", "Message", "Key", "Contents", "ListBucketResult", "s3:Size", "Été", "a-b.c_d", "x1", "ÑAME"]
    static let texts = [
        "plain", " spaced  out ", "a &amp; b", "&lt;tag&gt;", "&quot;q&quot; &apos;a&apos;", "&#65;&#x42;&#x1F600;",
        "ünïcödé ✓ 😀", "line\r\nbreak\rcr", "tab\there", "]]", "a]", "2024-01-01T00:00:00.000Z", "",
    ]

    mutating func document() -> [UInt8] {
        var out = ""
        if Bool.random(using: &random) { out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
        if Bool.random(using: &random) { out += "<!-- prolog -->\n" }
        out += element(depth: 0, root: true)
        if Bool.random(using: &random) { out += "\n<?pi after?>\n" }
        return Array(out.utf8)
    }

    private mutating func element(depth: Int, root: Bool = false) -> String {
        let name = Self.names.randomElement(using: &random)!
        var out = "<" + name
        if root || Int.random(in: 0..<4, using: &random) == 0 {
            out += " xmlns:s3=\"http://s3.amazonaws.com/doc/2006-03-01/\""
        }
        for index in 0..<Int.random(in: 0...2, using: &random) {
            let quote = Bool.random(using: &random) ? "\"" : "'"
            let value = Self.texts.randomElement(using: &random)!.replacingOccurrences(of: quote, with: "")
            out += " attr\(index) = \(quote)\(value)\(quote)"
        }
        if Int.random(in: 0..<6, using: &random) == 0 { return out + "/>" }
        out += ">"
        for _ in 0..<Int.random(in: 0...(depth > 4 ? 1 : 4), using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3 where depth < 8: out += element(depth: depth + 1)
            case 4: out += "<![CDATA[<not> &amp; markup ]] ]>]]>"
            case 5: out += "<!-- a - comment -->"
            case 6: out += "<?target data?>"
            default: out += Self.texts.randomElement(using: &random)!
            }
        }
        return out + "</" + name + ">"
    }

    /// `bytes` with one to four random edits: bytes deleted, inserted (markup and non-ASCII
    /// among them), a slice repeated, the end cut off.
    mutating func damaged(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let interesting = Array("<>&;/!?-[]\"'=#x \r\n".utf8) + [0x00, 0x0B, 0x80, 0xC3, 0xE2, 0xED, 0xF0, 0xFF]
        for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(interesting.randomElement(using: &random)!, at: at)
            case 2:
                let end = min(bytes.count, at + Int.random(in: 1...12, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            default: bytes.removeSubrange(at...)
            }
        }
        return bytes
    }
}
