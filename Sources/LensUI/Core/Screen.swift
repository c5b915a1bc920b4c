/// A grid of cells: what `render` produces and the terminal adapter draws.
package struct Screen: Hashable, Sendable {
    package let size: Size
    package private(set) var cells: [Cell]

    package init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    package subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` (already sanitised) from (x, y), clipped to `rect`; a wide character that
    /// does not fit whole is replaced by spaces so nothing is split at an edge.
    /// Returns the column after the last cell written.
    @discardableResult
    package mutating func put(_ text: String, x: Int, y: Int, style: Style, clip rect: Rect) -> Int {
        guard y >= rect.y, y < rect.maxY, y >= 0, y < size.height else { return x }
        let limit = min(rect.maxX, size.width)
        // ASCII, byte by byte (most of what is drawn); the rest from the first cluster that is not.
        var col = x
        var resume = 0
        if let ascii = text.utf8.withContiguousStorageIfAvailable({
            putASCII($0, x: x, y: y, style: style, from: rect.x, to: limit)
        }) {
            col = ascii.col
            guard let rest = ascii.resume else { return col }
            resume = rest
        }
        let utf8 = text.utf8
        for ch in text[utf8.index(utf8.startIndex, offsetBy: resume)...] {
            let w = TextWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit {
                while col < limit {
                    if col >= rect.x { self[col, y] = Cell(ascii: 0x20, style: style) }
                    col += 1
                }
                break
            }
            if col >= rect.x {
                self[col, y] = Cell(ch, style: style)
                if w == 2 { self[col + 1, y] = .continuation(style) }
            }
            col += w
        }
        return col
    }

    /// Writes the leading ASCII clusters of `bytes`; the column reached, and the offset of the
    /// first byte left for `put`'s cluster loop (nil when nothing is left or the clip was reached).
    private mutating func putASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, x: Int, y: Int, style: Style, from minX: Int, to limit: Int
    ) -> (col: Int, resume: Int?) {
        var col = x
        let row = y * size.width
        return cells.withUnsafeMutableBufferPointer { cells in
            for i in bytes.indices {
                let b = bytes[i]
                // A byte before a non-ASCII one may start a cluster with marks after it.
                if b >= 0x80 || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) { return (col, i) }
                guard b >= 0x20, b != 0x7F else { continue }  // no width (sanitised text has none)
                if col >= limit { return (col, nil) }
                if col >= minX { cells[row + col] = Cell(ascii: b, style: style) }
                col += 1
            }
            return (col, nil)
        }
    }

    /// Writes pre-measured styled runs of one line.
    @discardableResult
    package mutating func put(_ line: StyledLine, x: Int, y: Int, clip rect: Rect) -> Int {
        var col = x
        for run in line.runs { col = put(run.text, x: col, y: y, style: run.style, clip: rect) }
        return col
    }

    /// Replaces row `y` with `row` (exactly `size.width` cells): a laid-out line copied whole.
    package mutating func setRow(_ y: Int, to row: [Cell]) {
        guard y >= 0, y < size.height, row.count == size.width else { return }
        // In place, element by element: `replaceSubrange` cost about 15 ns a cell more, and a
        // wall frame copies a screenful of rows (1k-call frame 0.46 → 0.29 ms, release).
        let start = y * size.width
        cells.withUnsafeMutableBufferPointer { target in
            row.withUnsafeBufferPointer { source in
                target.baseAddress!.advanced(by: start).update(from: source.baseAddress!, count: source.count)
            }
        }
    }

    /// Fills `rect` with spaces in `style`.
    package mutating func fill(_ rect: Rect, style: Style = .text) {
        for y in max(0, rect.y)..<min(rect.maxY, size.height) {
            for x in max(0, rect.x)..<min(rect.maxX, size.width) { self[x, y] = Cell(ascii: 0x20, style: style) }
        }
    }

    /// The characters of each row (continuations skipped), trailing spaces trimmed.
    package var lines: [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width where !self[x, y].isContinuation { s += self[x, y].text }
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// One style code per cell per row.
    package var styleLines: [String] {
        (0..<size.height).map { y in String((0..<size.width).map { self[$0, y].style.code }) }
    }

    /// The text, then the style map with its legend: the snapshot format.
    package var snapshot: String {
        let used = Set(cells.map(\.style))
        let legend = Style.allCases.filter(used.contains).map { "\($0.code)=\($0.rawValue)" }.joined(separator: " ")
        return "size \(size.width)x\(size.height)\n"
            + lines.map { "|" + $0 }.joined(separator: "\n")
            + "\n--- styles: \(legend)\n"
            + styleLines.joined(separator: "\n") + "\n"
    }
}
