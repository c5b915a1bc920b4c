import Testing

@testable import LensUI

/// Display widths, from the table owned in Swift (no locale involved).
@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("Ａ", 2), ("한", 2), ("ｶ", 1),
        ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇫🇷", 2), ("❤", 1), ("❤️", 2), ("1️⃣", 2), ("→", 1),
    ])
    func clusterWidth(_ text: String, _ width: Int) {
        #expect(TextWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func zeroWidthScalars() {
        #expect(TextWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(TextWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(TextWidth.of(Unicode.Scalar(0x07)!) == 0)
    }

    @Test func mixedLine() {
        #expect(TextWidth.of("abc中文👍") == 3 + 4 + 2)
    }
}
