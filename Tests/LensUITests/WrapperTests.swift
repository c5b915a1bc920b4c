import Testing

@testable import LensUI

/// Wrapping by display columns: words kept whole when they fit, wide characters never split.
@Suite struct WrapperTests {
    func texts(_ text: String, _ width: Int) -> [String] {
        Wrapper.wrap(text, style: .text, width: width).map(\.text)
    }

    @Test func wrapsAtWords() {
        #expect(texts("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksLongWords() {
        #expect(texts("abcdefghijkl", 5) == ["abcde", "fghij", "kl"])
    }

    @Test func wideCharactersMoveWhole() {
        let lines = Wrapper.wrap("中文中文中", style: .text, width: 5)
        #expect(lines.map(\.text) == ["中文", "中文", "中"])
        #expect(lines.allSatisfy { $0.width <= 5 })
    }

    @Test func everyLineFits() {
        let text = "Ｆｕｌｌｗｉｄｔｈ and 👨‍👩‍👧 families with café e\u{301} marks 中文中文中文中文"
        for width in 1...20 {
            #expect(Wrapper.wrap(text, style: .text, width: width).allSatisfy { $0.width <= width }, "width \(width)")
        }
    }

    @Test func truncatesWithEllipsis() {
        #expect(Wrapper.truncate("SUPERVISOR", width: 8) == "SUPERVI…")
        #expect(Wrapper.truncate("中文中文", width: 5) == "中文…")
        #expect(Wrapper.truncate("short", width: 8) == "short")
    }
}
