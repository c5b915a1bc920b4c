import ContactLensModel
import Testing

/// Untrusted text loses every control and escape before it can reach the terminal.
@Suite struct SanitizerTests {
    @Test(arguments: [
        ("title\u{1B}]0;pwned\u{07}ok", "titleok"),
        ("osc st\u{1B}]2;pwned\u{1B}\\ok", "osc stok"),
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("\u{1B}[?1049lalt", "alt"),
        ("c1\u{9B}2Jcsi", "c1csi"),
        ("dcs\u{1B}Pq#0;2;0;0;0\u{1B}\\end", "dcsend"),
        ("apc\u{1B}_hidden\u{1B}\\x", "apcx"),
        ("bell\u{07}\u{08}\u{00}", "bell"),
        ("a\tb\nc\r\nd", "a b c  d"),
        ("evil\u{202E}txt.exe", "eviltxt.exe"),
        ("iso\u{2066}late\u{2069}", "isolate"),
        ("esc at end\u{1B}", "esc at end"),
        ("unterminated\u{1B}]0;title forever", "unterminated"),
        ("\u{301}mark first", "mark first"),
        ("café e\u{301}", "café e\u{301}"),
        ("中文 👨‍👩‍👧", "中文 👨‍👩‍👧"),
    ])
    func neutralises(_ input: String, _ expected: String) {
        let clean = TerminalText.sanitize(input)
        #expect(clean == expected)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    @Test func keepsOriginalOffsets() {
        let result = TerminalText.sanitizeKeepingOrigins("a\u{1B}[1mb")
        #expect(result.text == "ab")
        #expect(result.origins == [0, 5])
    }
}
