/// Where a gesture landed, as the screen's layout says (`ScreenLayout`, `WallLayout`).
package enum MouseTarget: Hashable, Sendable {
    /// Anywhere on the screen: the wheel.
    case anywhere
    /// A category's line in the call view's side panel.
    case category
    /// A row of the wall or of a search's list.
    case row
    /// A column's title above the rows.
    case columnTitle
}

/// What a gesture does; each screen switches over them (no `default:`), doing what its keys do.
package enum MouseAction: String, CaseIterable, Hashable, Sendable {
    /// The call view: the transcript by `MouseBindings.wheelLines` (as that many j/k); rows: one row.
    case scrollUp, scrollDown
    /// A row: select it (as j/k to it); a double click opens it (as the open key).
    case selectRow, openRow
    /// A wall column's title: order by it.
    case sortByColumn
    /// A category in the side panel: its next match.
    case jumpToCategory
}

/// One row of the mouse's table: the gesture, where, what it does, the help text.
package struct MouseBinding: Hashable, Sendable {
    /// The call view, or the rows' screens (the wall and a search's list).
    package enum Screen: Hashable, Sendable { case call, rows }

    package var gesture: MouseEvent.Kind
    package var target: MouseTarget
    package var action: MouseAction
    package var screen: Screen
    package var help: String
}

/// The mouse's one table, beside the keys' (`KeyBindings`): it drives what a gesture does, the
/// `?` overlays and Docs/KEYBINDINGS.md.
package enum MouseBindings {
    /// Lines of transcript one notch of the wheel scrolls.
    package static let wheelLines = 3

    package static let all: [MouseBinding] = [
        .init(
            gesture: .wheelUp, target: .anywhere, action: .scrollUp, screen: .call,
            help: "scroll the transcript up \(wheelLines) lines (pauses follow)"),
        .init(
            gesture: .wheelDown, target: .anywhere, action: .scrollDown, screen: .call,
            help: "scroll the transcript down \(wheelLines) lines"),
        .init(
            gesture: .click, target: .category, action: .jumpToCategory, screen: .call,
            help: "on a category in the side panel: the next turn it matched"),
        .init(gesture: .wheelUp, target: .anywhere, action: .scrollUp, screen: .rows, help: "previous row"),
        .init(gesture: .wheelDown, target: .anywhere, action: .scrollDown, screen: .rows, help: "next row"),
        .init(gesture: .click, target: .row, action: .selectRow, screen: .rows, help: "select the row"),
        .init(gesture: .doubleClick, target: .row, action: .openRow, screen: .rows, help: "open the row's call"),
        .init(
            gesture: .click, target: .columnTitle, action: .sortByColumn, screen: .rows,
            help: "on a column's title: order by it (on the wall: agent, queue, time, alerts)"),
    ]

    /// How to copy text while lenstail has the mouse.
    package static let selectText = "to select text: Shift-drag in most terminals, or run with --no-mouse"

    /// What `gesture` on `target` does on `screen`; a binding for anywhere counts everywhere.
    package static func action(_ gesture: MouseEvent.Kind, on target: MouseTarget?, screen: MouseBinding.Screen) -> MouseAction? {
        all.first { $0.screen == screen && $0.gesture == gesture && ($0.target == .anywhere || $0.target == target) }?.action
    }

    /// The help overlay's lines for `screen`, its gestures in the keys' column.
    static func helpLines(_ screen: MouseBinding.Screen, keyWidth: Int) -> [StyledLine] {
        var out = [StyledLine("Mouse", .title)]
        for binding in all where binding.screen == screen {
            var line = StyledLine("  " + binding.gesture.label, .key)
            line.append(
                String(repeating: " ", count: max(1, keyWidth - TextWidth.of(binding.gesture.label) + 2)) + binding.help, .text)
            out.append(line)
        }
        out.append(StyledLine("  " + selectText, .dim))
        return out
    }

    /// The Mouse section of Docs/KEYBINDINGS.md.
    static var markdown: String {
        var out = "\n## Mouse\n\nWhere the terminal has a mouse and `--no-mouse` was not given. While lenstail has the mouse, "
        out += "select text with Shift-drag (most terminals).\n\n"
        out += "| Gesture | Where | Action |\n|---|---|---|\n"
        for binding in all {
            let screen = binding.screen == .call ? "the call view" : "the wall, a search's list"
            out += "| \(binding.gesture.label) | \(screen) | \(binding.help) |\n"
        }
        return out
    }
}
