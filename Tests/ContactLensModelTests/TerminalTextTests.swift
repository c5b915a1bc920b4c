import ContactLensModel
import Testing

@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("plain text stays", "plain text stays"),
        ("title\u{1B}]0;pwned\u{07} stays", "title stays"),
        ("osc with st\u{1B}]2;x\u{1B}\\ end", "osc with st end"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("c1 csi \u{9B}2Jgone", "c1 csi gone"),
        ("dcs \u{1B}Pq#0;1\u{1B}\\done", "dcs done"),
        ("bell\u{07} nul\u{0} del\u{7F}", "bell nul del"),
        ("two\nlines\tand tab", "two lines and tab"),
        ("rtl \u{202E}evil\u{202C} text", "rtl evil text"),
        ("reset\u{1B}c now", "reset now"),
        ("keeps 日本語 and 👩‍👩‍👧 and e\u{301}", "keeps 日本語 and 👩‍👩‍👧 and e\u{301}"),
    ])
    func neutralisesControlsAndEscapes(input: String, expected: String) {
        #expect(TerminalText.sanitize(input) == expected)
    }

    @Test func outputHasNoControlCharacters() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let scalars = (0..<64).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0...0x2100, using: &generator)) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let clean = TerminalText.sanitize(String(view))
            #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
