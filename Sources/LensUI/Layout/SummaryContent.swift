import ContactLensModel

/// The post-contact summary's text laid out at a width: the layout sizes its area by it and the
/// view draws it.
enum SummaryContent {
    /// The body lines at a width.
    static func lines(_ summary: PostContactSummary, width: Int) -> [StyledLine] {
        var text = TerminalText.sanitize(summary.content ?? "")
        if summary.status == .failed {
            let why =
                summary.failureCode.map { "The summary could not be made: \(TerminalText.sanitize($0.explanation))." }
                ?? "The summary could not be made."
            text = text.isEmpty ? why : why + " " + text
        }
        return Wrapper.wrap(text, style: summary.status == .failed ? .failure : .text, width: max(1, width - 1))
    }
}
