/// The full key reference, generated from the binding table, in a box over the view.
enum HelpOverlay {
    static func draw(replaying: Bool, in area: Rect, scroll: Int, on screen: inout Screen) {
        draw(HelpContent.lines(replaying: replaying), name: "Keys", in: area, scroll: scroll, on: &screen)
    }

    /// `body` in a box over the view, from line `scroll`: a body taller than the box says how to
    /// scroll it and whether more follows.
    static func draw(_ body: [StyledLine], name: String, in area: Rect, scroll: Int, on screen: inout Screen) {
        let width = min(area.width, (body.map(\.width).max() ?? 0) + 4)
        let height = min(area.height, body.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        screen.fill(box)
        let inner = box.inset(1)
        let more = body.count > inner.height
        let scrollKeys = "\(KeyBindings.label(.lineDown))/\(KeyBindings.label(.lineUp)) scroll"
        drawBorder(box, title: more ? " \(name) · \(scrollKeys) · other keys close " : " \(name) · any key closes ", on: &screen)
        let first = firstLine(scroll, lines: body.count, height: inner.height)
        if more {
            let position = " \(first + inner.height < body.count ? "↓ more" : "end") "
            screen.put(position, x: box.maxX - 2 - TextWidth.of(position), y: box.maxY - 1, style: .title, clip: box)
        }
        for (i, line) in body.dropFirst(first).prefix(inner.height).enumerated() {
            screen.put(line, x: inner.x + 1, y: inner.y + i, clip: inner)
        }
    }

    /// The first line shown of `lines` in a box `height` lines tall, scrolled by `scroll`.
    static func firstLine(_ scroll: Int, lines: Int, height: Int) -> Int { max(0, min(scroll, lines - height)) }

    /// How far a key or the wheel moves a help box that lists the wall's keys (the wall's and
    /// the search list's): the row keys and the wheel scroll it by a line; nil: the key closes it.
    static func rowsScroll(_ key: Key) -> Int? {
        switch KeyBindings.wallAction(for: key) {
        case .rowDown: 1
        case .rowUp: -1
        default: nil
        }
    }

    static func rowsScroll(_ kind: MouseEvent.Kind) -> Int? {
        switch kind {
        case .wheelDown: 1
        case .wheelUp: -1
        case .click, .doubleClick: nil
        }
    }

    static func drawBorder(_ box: Rect, title: String, on screen: inout Screen) {
        guard box.width >= 2, box.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: box.width - 2)
        screen.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: .border, clip: box)
        screen.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: .border, clip: box)
        for y in (box.y + 1)..<(box.maxY - 1) {
            screen.put("│", x: box.x, y: y, style: .border, clip: box)
            screen.put("│", x: box.maxX - 1, y: y, style: .border, clip: box)
        }
        screen.put(Wrapper.truncate(title, width: box.width - 4), x: box.x + 2, y: box.y, style: .title, clip: box)
    }
}
