import Testing

@testable import LensUI

/// Cells keep every grapheme cluster whole, however long, and `Screen.put` lays text out the
/// same through its ASCII path as through its cluster path.
@Suite struct CellTests {
    @Test(arguments: [
        "a", " ", "~", "é", "e\u{301}", "中", "한", "👍", "👍🏽", "❤️", "1️⃣", "🇫🇷", "👩‍💻", "🏳️‍🌈",
        "👨‍👩‍👧‍👦", "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}", "ก\u{E34}\u{E48}",
    ])
    func keepsTheCluster(_ cluster: String) {
        let cell = Cell(cluster, style: .agent)
        #expect(cell.text == cluster, "\(cluster.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(cell.style == .agent)
        #expect(cell == Cell(Character(cluster), style: .agent))
        #expect(cell != Cell(cluster, style: .customer))
        #expect(!cell.isContinuation)
    }

    @Test func differentClustersDiffer() {
        let clusters = ["a", "b", "é", "e\u{301}", "👨‍👩‍👧‍👦", "👨‍👩‍👧", "👩‍👩‍👧‍👦", "中"]
        for (i, a) in clusters.enumerated() {
            for (j, b) in clusters.enumerated() { #expect((Cell(a) == Cell(b)) == (i == j), "\(a) \(b)") }
        }
    }

    @Test func continuationAndBlank() {
        #expect(Cell.continuation(.dim).isContinuation && Cell.continuation(.dim).text.isEmpty)
        #expect(Cell.blank == Cell(" ") && Cell.blank.text == " " && Cell.blank.style == .text)
    }

    /// What a full table leaves of a long cluster: whole code points that fit, the base first.
    @Test func prefixKeepsWholeCodePoints() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 20)
        #expect(String(decoding: Cell.prefix(of: zalgo.utf8), as: UTF8.self) == "a" + String(repeating: "\u{301}", count: 6))
        let family = "👨‍👩‍👧‍👦"
        #expect(String(decoding: Cell.prefix(of: family.utf8), as: UTF8.self) == "👨\u{200D}👩\u{200D}")
    }

    /// A frame copies rows of cells: nothing in a cell may need retaining.
    @Test func cellsArePlainValues() {
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.stride == 16)
    }

    @Test(arguments: [
        "plain words only", "café au lait", "cafe\u{301} au lait", "中文 and ASCII", "x👍🏽y", "a\u{301}b",
        "🇫🇷🇩🇪 flags", "emoji ❤️ end", "mixed 한국어 text that runs past the clip edge of the row",
    ])
    func asciiPathAgreesWithClusterPath(_ text: String) {
        for (x, clipX, width) in [(0, 0, 40), (3, 5, 12), (0, 0, 7), (10, 0, 15)] {
            var fast = Screen(size: Size(width: 40, height: 1))
            var slow = fast
            let rect = Rect(x: clipX, y: 0, width: width, height: 1)
            let end = fast.put(text, x: x, y: 0, style: .text, clip: rect)
            #expect(end == Self.clusterPut(text, x: x, style: .text, clip: rect, on: &slow))
            #expect(fast == slow, "\(text) at \(x) in \(rect)")
        }
    }

    /// The layout `put` promises, one cluster at a time.
    static func clusterPut(_ text: String, x: Int, style: Style, clip rect: Rect, on screen: inout Screen) -> Int {
        var col = x
        let limit = min(rect.maxX, screen.size.width)
        for ch in text {
            let w = TextWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit {
                while col < limit {
                    if col >= rect.x { screen[col, 0] = Cell(" ", style: style) }
                    col += 1
                }
                break
            }
            if col >= rect.x {
                screen[col, 0] = Cell(String(ch), style: style)
                if w == 2 { screen[col + 1, 0] = .continuation(style) }
            }
            col += w
        }
        return col
    }
}
