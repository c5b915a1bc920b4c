import ContactLensModel
import FoundationEssentials

/// Draws the wall. Pure; the cost depends on the rows on screen, not on how many contacts the
/// wall holds.
package func renderWall(_ state: WallState, size: Size) -> Screen {
    var cells = WallRowCells()
    return renderWall(state, size: size, cells: &cells)
}

/// The same, copying the rows whose look has not changed since the last frame from `cells`.
func renderWall(_ state: WallState, size: Size, cells: inout WallRowCells) -> Screen {
    var screen = Screen(size: size)
    let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
    guard WallLayout.fits(size) else {
        TooSmallView.draw(size, needs: WallColumns.minimum, who: "the wall", on: &screen)
        return screen
    }
    let layout = WallLayout(size: size, strip: state.queues.shown)
    WallView.header(state, in: layout.header, on: &screen)
    if let strip = layout.strip {
        screen.put(QueueStrip.line(state.queues, width: strip.width), x: strip.x, y: strip.y, clip: strip)
    }
    WallView.titles(layout.columns, in: layout.titles, on: &screen)
    WallView.rows(state, layout.columns, in: layout.body, on: &screen, cells: &cells)
    WallView.status(state, in: layout.status, on: &screen)
    var x = 0
    for hint in KeyBindings.wallFooterHints {
        let width = TextWidth.of(hint.keys) + 1 + TextWidth.of(hint.text)
        if x + width > size.width { break }
        x = screen.put(hint.keys, x: x, y: layout.footer.y, style: .key, clip: full)
        x = screen.put(" " + hint.text + "  ", x: x, y: layout.footer.y, style: .dim, clip: full)
    }
    if state.showHelp { WallHelp.draw(in: full, scroll: state.helpScroll, on: &screen) }
    return screen
}

/// The help overlay of the wall, from the key table.
enum WallHelp {
    static func lines() -> [StyledLine] {
        let bindings = KeyBindings.wall
        let keyWidth = bindings.map { TextWidth.of(KeyBindings.keyLabel($0)) }.max() ?? 0
        var out: [StyledLine] = []
        for group in KeyBinding.Group.allCases where bindings.contains(where: { $0.group == group }) {
            out.append(StyledLine(group == .typing ? "Typing a filter" : group.rawValue, .title))
            for binding in bindings where binding.group == group {
                let keys = KeyBindings.keyLabel(binding)
                var line = StyledLine("  " + keys, .key)
                line.append(String(repeating: " ", count: keyWidth - TextWidth.of(keys) + 2) + binding.help, .text)
                out.append(line)
            }
        }
        return out + MouseBindings.helpLines(.rows, keyWidth: keyWidth)
    }

    /// What the wall's rows' marks mean.
    static let legend = StyledLine(
        "Rows: ! alert · trend ▁ negative ▄ neutral ▇ positive (customer) · age: since the last page", .dim)

    /// The overlay; the search's list shares its keys, without the wall's legend.
    static func draw(
        in area: Rect, scroll: Int, on screen: inout Screen, name: String = "Wall keys", legend: Bool = true
    ) {
        HelpOverlay.draw(body(legend: legend), name: name, in: area, scroll: scroll, on: &screen)
    }

    static func body(legend: Bool) -> [StyledLine] { lines() + (legend ? [Self.legend] : []) }

    /// `scroll` moved by `step` and kept where the box still shows lines (2 of the height are its border).
    static func scrolled(_ scroll: Int, by step: Int, height: Int, legend: Bool) -> Int {
        HelpOverlay.firstLine(scroll + step, lines: body(legend: legend).count, height: max(0, height - 2))
    }
}
