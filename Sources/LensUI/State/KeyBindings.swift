/// One row of the key table: the keys, what they do, the help text, the group.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    public var group: Group
    /// Shown in the footer hints (short form).
    public var footer: String?

    public enum Group: String, CaseIterable, Sendable {
        case view = "View", scroll = "Scroll", jump = "Jump", search = "Search", general = "General"
    }
}

/// The one key table: it drives dispatch, the footer, the `?` overlay and Docs/KEYBINDINGS.md.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        .init(keys: [.char("a")], action: .filterAgent, help: "show the agent's turns only", group: .view, footer: "agent"),
        .init(keys: [.char("c")], action: .filterCustomer, help: "show the customer's turns only", group: .view, footer: "customer"),
        .init(keys: [.char("A")], action: .filterAll, help: "show every participant", group: .view, footer: "all"),
        .init(keys: [.tab], action: .cycleFilter, help: "cycle the filter: all, agent, customer", group: .view),
        .init(keys: [.char("p")], action: .togglePanel, help: "show or hide the categories and sentiment trend", group: .view, footer: "panel"),
        .init(keys: [.char("s")], action: .toggleSummary, help: "show or hide the post-contact summary", group: .view),
        .init(keys: [.char("j"), .down], action: .lineDown, help: "scroll down one line", group: .scroll),
        .init(keys: [.char("k"), .up], action: .lineUp, help: "scroll up one line (pauses follow)", group: .scroll, footer: "scroll"),
        .init(keys: [.pageDown, .char(" "), .ctrl("f")], action: .pageDown, help: "scroll down one page", group: .scroll),
        .init(keys: [.pageUp, .char("b"), .ctrl("b")], action: .pageUp, help: "scroll up one page", group: .scroll),
        .init(keys: [.char("g"), .home], action: .top, help: "go to the first turn", group: .scroll),
        .init(keys: [.char("G"), .end], action: .bottom, help: "go to the newest turn and follow", group: .scroll, footer: "follow"),
        .init(keys: [.char("i")], action: .nextIssue, help: "next turn with a detected issue", group: .jump, footer: "issue"),
        .init(keys: [.char("I")], action: .previousIssue, help: "previous turn with a detected issue", group: .jump),
        .init(keys: [.char("m")], action: .nextCategory, help: "next turn a category matched", group: .jump),
        .init(keys: [.char("M")], action: .previousCategory, help: "previous turn a category matched", group: .jump),
        .init(keys: [.char("/")], action: .search, help: "search (case-insensitive; Enter keeps, Esc cancels)", group: .search, footer: "search"),
        .init(keys: [.char("n")], action: .nextMatch, help: "next search match", group: .search),
        .init(keys: [.char("N")], action: .previousMatch, help: "previous search match", group: .search),
        .init(keys: [.escape], action: .clearSearch, help: "clear the search or close the help", group: .search),
        .init(keys: [.char("?")], action: .help, help: "show or hide this help", group: .general, footer: "help"),
        .init(keys: [.char("q")], action: .quit, help: "quit", group: .general, footer: "quit"),
        .init(keys: [.ctrl("c")], action: .interrupt, help: "quit at once", group: .general),
    ]

    private static let byKey: [Key: Action] = {
        var map: [Key: Action] = [:]
        for binding in all { for key in binding.keys { map[key] = binding.action } }
        return map
    }()

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? { byKey[key] }

    /// "key1/key2" for a binding.
    public static func keyLabel(_ binding: KeyBinding) -> String {
        binding.keys.map(\.label).joined(separator: "/")
    }

    /// The footer hints, in table order: (keys, short text).
    public static var footerHints: [(keys: String, text: String)] {
        let general = all.filter { $0.group == .general }, others = all.filter { $0.group != .general }
        return (general + others).compactMap { b in b.footer.map { (b.keys.first!.label, $0) } }
    }

    /// The Markdown reference of every binding, grouped (Docs/KEYBINDINGS.md).
    public static var markdown: String {
        var out = "# lenstail key bindings\n\n"
        out += "<!-- Generated from LensUI/State/KeyBindings.swift; a test fails when this file is stale. -->\n\n"
        out += "While typing a search: Enter keeps it, Esc cancels, Backspace deletes.\n"
        for group in KeyBinding.Group.allCases {
            out += "\n## \(group.rawValue)\n\n| Keys | Action |\n|---|---|\n"
            for b in all where b.group == group {
                let keys = b.keys.map { "`\($0.label)`" }.joined(separator: " ")
                out += "| \(keys) | \(b.help) |\n"
            }
        }
        return out
    }
}
