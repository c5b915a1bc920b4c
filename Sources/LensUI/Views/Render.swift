import ContactLensModel
/// Renders the whole screen from the state: pure, the same state and size give the same cells.
package func render(_ state: AppState, size: Size) -> Screen {
    var screen = Screen(size: size)
    let minimum = ScreenLayout.minimum
    guard size.width >= minimum.width, size.height >= minimum.height else {
        TooSmallView.draw(size, needs: minimum, who: "lenstail", on: &screen)
        return screen
    }
    var sized = state
    sized.size = size
    let layout = ScreenLayout(size: size, state: sized)
    HeaderView.draw(sized, in: layout.header, on: &screen)
    TranscriptView.draw(sized, in: layout.transcript, on: &screen)
    if let rect = layout.summary, let summary = sized.store.summary { SummaryView.draw(summary, in: rect, on: &screen) }
    if let rect = layout.divider {
        for y in rect.y..<rect.maxY { screen.put("│", x: rect.x, y: y, style: .border, clip: rect) }
    }
    if let rect = layout.panel, let content = layout.panelContent {
        if layout.divider == nil {
            screen.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: .border, clip: rect)
        }
        SidePanelView.draw(sized, in: content, on: &screen)
    }
    if let rect = layout.progress, let replay = sized.replay { ReplayBarView.draw(replay, now: sized.now, in: rect, on: &screen) }
    FooterView.drawStatus(sized, in: layout.statusLine, on: &screen)
    FooterView.drawHints(replaying: sized.replay != nil, in: layout.footer, on: &screen)
    if sized.showHelp {
        HelpOverlay.draw(
            replaying: sized.replay != nil, in: Rect(x: 0, y: 0, width: size.width, height: size.height),
            scroll: sized.helpScroll, on: &screen)
    }
    return screen
}
