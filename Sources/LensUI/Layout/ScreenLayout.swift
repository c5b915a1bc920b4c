import ContactLensModel

/// Where each view goes on a screen of a given size, from the state's toggles.
package struct ScreenLayout: Hashable, Sendable {
    package static let minimum = Size(width: 40, height: 10)
    static let sidePanelWidth = 30
    static let sidePanelMinScreenWidth = 80

    package var header: Rect
    package var transcript: Rect
    package var summary: Rect?
    package var panel: Rect?
    /// The one-column divider left of a side panel.
    package var divider: Rect?
    /// Where the side panel's lines go: the panel, less its top border when it is below the transcript.
    package var panelContent: Rect? {
        guard let panel else { return nil }
        return divider == nil ? Rect(x: panel.x, y: panel.y + 1, width: panel.width, height: panel.height - 1) : panel
    }
    package var statusLine: Rect
    /// The replay's progress bar, while replaying.
    package var progress: Rect?
    package var footer: Rect

    package init(size: Size, state: AppState) {
        let all = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, rest) = all.splitTop(2)
        let (middle, footer) = rest.splitBottom(1)
        var (body, statusLine) = middle.splitBottom(1)
        if state.replay != nil {
            let (top, bar) = body.splitBottom(1)
            progress = bar
            body = top
        }
        self.header = header
        self.footer = footer
        self.statusLine = statusLine
        if state.showPanel && size.width >= Self.sidePanelMinScreenWidth {
            let (left, right) = body.splitRight(Self.sidePanelWidth + 1)
            divider = Rect(x: right.x, y: right.y, width: 1, height: right.height)
            panel = Rect(x: right.x + 1, y: right.y, width: Self.sidePanelWidth, height: right.height)
            body = left
        } else if state.showPanel {
            let rows = min(Self.panelHeight(state), body.height / 2)
            if rows >= 2 {
                let (top, bottom) = body.splitBottom(rows)
                panel = bottom
                body = top
            }
        }
        if state.showSummary, let summary = state.store.summary {
            let wanted = SummaryContent.lines(summary, width: body.width).count + 1
            let rows = min(wanted, max(2, body.height / 3))
            let (top, bottom) = body.splitBottom(rows)
            self.summary = bottom
            body = top
        }
        transcript = body
    }

    /// The category whose line in the side panel is at (`x`, `y`), if any: what a click there means.
    package func category(atX x: Int, y: Int, _ state: AppState) -> CategoryMatch? {
        guard let content = panelContent, x >= content.x, x < content.maxX else { return nil }
        return SidePanelView.categoryIndex(atRow: y, in: content, state).map { state.store.categories[$0] }
    }

    /// The rows the side panel wants below the transcript: a divider, two titles, a row per
    /// category and per participant (at least one each), and a post-contact file's analysis.
    static func panelHeight(_ state: AppState) -> Int {
        3 + max(1, state.store.categories.count) + max(1, state.roleOrder.count)
            + PostContactPanel.lines(state, width: state.size.width).count
    }
}
