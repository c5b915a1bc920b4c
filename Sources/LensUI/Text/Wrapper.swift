/// Word-wraps styled text to a width in display columns. Words longer than a line break at
/// grapheme boundaries; a wide character never straddles the edge.
package enum Wrapper {
    package static func wrap(_ chars: [StyledChar], width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [StyledLine] = []
        var line = StyledLine()
        var pendingSpace: StyledChar?
        var i = 0
        while i < chars.count {
            if chars[i].char == " " {
                if pendingSpace == nil { pendingSpace = chars[i] }
                i += 1
                continue
            }
            var j = i
            var wordWidth = 0
            while j < chars.count, chars[j].char != " " {
                wordWidth += TextWidth.of(chars[j].char)
                j += 1
            }
            let spaceWidth = line.width > 0 && pendingSpace != nil ? 1 : 0
            if line.width + spaceWidth + wordWidth <= width {
                if spaceWidth == 1, let space = pendingSpace { line.append(space.char, space.style, width: 1) }
            } else if wordWidth <= width {
                lines.append(line)
                line = StyledLine()
            } else if line.width + spaceWidth < width - 1 {
                if spaceWidth == 1, let space = pendingSpace { line.append(space.char, space.style, width: 1) }
            } else {
                lines.append(line)
                line = StyledLine()
            }
            pendingSpace = nil
            for k in i..<j {
                var ch = chars[k].char
                var w = TextWidth.of(ch)
                if w > width { (ch, w) = ("…", 1) }  // a wide character on a one-column line
                if line.width + w > width {
                    lines.append(line)
                    line = StyledLine()
                }
                line.append(ch, chars[k].style, width: w)
            }
            i = j
        }
        if line.width > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Wraps plain text in one style.
    package static func wrap(_ text: String, style: Style, width: Int) -> [StyledLine] {
        wrap(text.map { StyledChar($0, style) }, width: width)
    }

    /// Cuts a line to `width` columns, ending in "…" when something was cut.
    package static func truncate(_ text: String, width: Int) -> String {
        guard TextWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        if TextWidth.printableASCIIWidth(text) != nil {
            return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…"
        }
        var out = ""
        var used = 0
        for ch in text {
            let w = TextWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
