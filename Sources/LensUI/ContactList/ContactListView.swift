import ContactLensModel
import FoundationEssentials

/// Draws the search's list: header (what was searched, how many found), column titles, rows,
/// status line and keys. Pure.
package func renderContactList(_ state: ContactListState, size: Size) -> Screen {
    var screen = Screen(size: size)
    let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
    guard size.width >= 30, size.height >= 6 else {
        screen.put(
            Wrapper.truncate("terminal too small for the list", width: size.width), x: 0, y: 0, style: .warning, clip: full)
        return screen
    }
    var header = StyledLine("lenstail search", .title)
    header.append(" · \(TerminalText.sanitize(state.scope))", .text)
    header.append(" · \(state.countText)", .status)
    header.append(" · order: \(state.sort.rawValue)", .dim)
    if let filter = state.filter { header.append(" · filter \"\(filter)\" (\(state.visible.count) shown)", .warning) }
    screen.put(header, x: 0, y: 0, clip: full.row(0))
    let widths = ContactListView.widths(size.width)
    screen.put(
        ContactListView.line(ContactListRow.titles, widths, mark: " "), x: 0, y: ContactListView.titlesY, style: .dim,
        clip: full.row(ContactListView.titlesY))
    let body = ContactListView.body(size)
    if state.visible.isEmpty {
        let text =
            state.filter != nil ? "no contact matches the filter" : "no contact found: try a longer --since or fewer criteria"
        screen.put(text, x: 2, y: body.y, style: .dim, clip: body)
    }
    for (y, index) in state.visible.dropFirst(state.top).prefix(body.height).enumerated() {
        let row = state.rows[index]
        let selected = row.contactId == state.selected
        let text = ContactListView.line(row.columns(timeZone: state.timeZone, now: state.now), widths, mark: selected ? "▶" : " ")
        screen.put(text, x: 0, y: body.y + y, style: selected ? .key : (row.end == nil ? .status : .text), clip: body.row(y))
    }
    let status = full.row(size.height - 2)
    if state.editingFilter {
        screen.put(RowFilter.prompt(state.filterDraft, key: KeyBindings.label(.filterRows)), x: 0, y: status.y, clip: status)
    } else if let notice = state.notice {
        screen.put(TerminalText.sanitize(notice), x: 0, y: status.y, style: .warning, clip: status)
    } else if let row = state.selectedRow {
        let position = (state.selectedIndex ?? 0) + 1
        screen.put(
            "\(position)/\(state.visible.count) · \(row.contactId) · \(KeyBindings.label(.openContact)) opens it", x: 0,
            y: status.y, style: .dim, clip: status)
    }
    var x = 0
    // Listening in is for live calls on the wall and in follow, not for the list.
    for hint in KeyBindings.wallFooterHints where hint.keys != KeyBindings.label(WallAction.listenIn) {
        let width = TextWidth.of(hint.keys) + 1 + TextWidth.of(hint.text)
        if x + width > size.width { break }
        x = screen.put(hint.keys, x: x, y: size.height - 1, style: .key, clip: full)
        x = screen.put(" " + hint.text + "  ", x: x, y: size.height - 1, style: .dim, clip: full)
    }
    if state.showHelp {
        WallHelp.draw(in: full, scroll: state.helpScroll, on: &screen, name: "Search list keys", legend: false)
    }
    return screen
}

/// The list's columns: start, duration, channel, agent, queue, initiation, contact id.
enum ContactListView {
    static let titlesY = 1
    /// The order a click on each column's title chooses (nil: none).
    static let titleSorts: [ContactListState.Sort?] = [.newest, .longest, .channel, .agent, .queue, nil, nil]

    /// The rows' area: below the header and the titles, above the status and the keys.
    static func body(_ size: Size) -> Rect { Rect(x: 0, y: titlesY + 1, width: size.width, height: size.height - 4) }

    /// What is drawn at (`x`, `y`) for `state`: a row, or a column's title (as `line` places them).
    static func hit(x: Int, y: Int, _ state: ContactListState) -> ContactListHit? {
        let body = body(state.size)
        guard x >= 0, x < body.maxX else { return nil }
        if y == titlesY {
            var left = 2
            for (width, sort) in zip(widths(state.size.width), titleSorts) {
                if x >= left, x < left + width { return .title(sort) }
                left += width
            }
            return nil
        }
        let index = state.top + y - body.y
        guard y >= body.y, y < body.maxY, index < state.visible.count else { return nil }
        return .row(state.rows[state.visible[index]].contactId)
    }

    /// Widths of the columns for a terminal `width` wide: the fixed ones as they need, agent and
    /// queue sharing what is left.
    static func widths(_ width: Int) -> [Int] {
        let fixed = [20, 12, 8, 0, 0, 16, 37]
        let left = max(24, width - 2 - fixed.reduce(0, +))
        var out = fixed
        out[3] = left / 2
        out[4] = left - left / 2
        return out
    }

    /// One row's text: the mark, then each column cut or padded to its width.
    static func line(_ columns: [String], _ widths: [Int], mark: String) -> String {
        mark + " " + zip(columns, widths).map { WallView.pad($0, $1) }.joined()
    }
}

/// What a click on the list landed on.
enum ContactListHit: Hashable, Sendable {
    case row(String)
    /// A column's title, and the order it chooses.
    case title(ContactListState.Sort?)

    var target: MouseTarget {
        switch self {
        case .row: .row
        case .title: .columnTitle
        }
    }
}
