import ContactLensModel

/// The post-contact summary: its text, or a FAILED summary's reason in words.
enum SummaryView {
    static func title(_ summary: PostContactSummary) -> (String, Style) {
        if summary.status == .failed {
            let code = summary.failureCode.map { " · \($0.rawValue)" } ?? ""
            return ("Summary FAILED\(TerminalText.sanitize(code))", .failure)
        }
        return ("Summary · \(TerminalText.sanitize(summary.status.rawValue))", .title)
    }

    static func draw(_ summary: PostContactSummary, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        let (title, style) = title(summary)
        screen.fill(rect.row(0), style: .border)
        var head = StyledLine("─ ", .border)
        head.append(title, style)
        head.append(" ", .border)
        screen.put(head, x: rect.x, y: rect.y, clip: rect)
        for (i, line) in SummaryContent.lines(summary, width: rect.width).prefix(rect.height - 1).enumerated() {
            screen.put(line, x: rect.x + 1, y: rect.y + 1 + i, clip: rect)
        }
    }
}
