/// One row of the key table: the keys, what they do, the help text, the group.
package struct KeyBinding: Hashable, Sendable {
    package var keys: [Key]
    package var action: Action
    package var help: String
    package var group: Group
    /// Shown in the footer hints (short form).
    package var footer: String?

    package enum Group: String, CaseIterable, Sendable {
        case view = "View"
        case scroll = "Scroll"
        case jump = "Jump"
        case search = "Search"
        case typing = "Typing a search"
        case replay = "Replay"
        case wall = "Wall"
        case general = "General"

        /// Replay keys work only in `lenstail replay`, where they win over the other groups;
        /// wall keys only on the wall, where the General keys work too.
        var note: String? {
            switch self {
            case .replay: "Only while replaying; there they take precedence (Space pages down otherwise)."
            case .wall: "Only on `lenstail wall`, with the General keys; an opened call has the keys above."
            default: nil
            }
        }
    }
}

/// The one key table: it drives dispatch, the footer, the `?` overlay and Docs/KEYBINDINGS.md.
package enum KeyBindings {
    package static let all: [KeyBinding] = [
        .init(keys: [.char("a")], action: .filterAgent, help: "show the agent's turns only", group: .view, footer: "agent"),
        .init(
            keys: [.char("c")], action: .filterCustomer, help: "show the customer's turns only", group: .view, footer: "customer"),
        .init(keys: [.char("A")], action: .filterAll, help: "show every participant", group: .view, footer: "all"),
        .init(keys: [.char("o")], action: .filterBot, help: "chats: show the bot's (CUSTOM_BOT) turns only", group: .view),
        .init(keys: [.char("y")], action: .filterSystem, help: "chats: show SYSTEM turns and events only", group: .view),
        .init(keys: [.char("v")], action: .filterSupervisor, help: "chats: show the supervisor's turns only", group: .view),
        .init(
            keys: [.tab], action: .cycleFilter, help: "cycle the filter: all, agent, customer (chats: bot, system, supervisor)",
            group: .view),
        .init(keys: [.backTab], action: .cycleFilterBack, help: "cycle the filter the other way", group: .view),
        .init(
            keys: [.char("p")], action: .togglePanel, help: "show or hide the categories and sentiment trend", group: .view,
            footer: "panel"),
        .init(keys: [.char("s")], action: .toggleSummary, help: "show or hide the post-contact summary", group: .view),
        .init(keys: [.char("w")], action: .saveView, help: "write the view (with its filter) to a Markdown file", group: .view),
        .init(keys: [.char("j"), .down], action: .lineDown, help: "scroll down one line", group: .scroll),
        .init(
            keys: [.char("k"), .up], action: .lineUp, help: "scroll up one line (pauses follow)", group: .scroll, footer: "scroll"
        ),
        .init(keys: [.pageDown, .char(" "), .ctrl("f")], action: .pageDown, help: "scroll down one page", group: .scroll),
        .init(keys: [.pageUp, .char("b"), .ctrl("b")], action: .pageUp, help: "scroll up one page", group: .scroll),
        .init(keys: [.char("g"), .home], action: .top, help: "go to the first turn", group: .scroll),
        .init(
            keys: [.end, .char("G")], action: .bottom, help: "go to the newest turn and follow", group: .scroll, footer: "follow"),
        .init(keys: [.char("i")], action: .nextIssue, help: "next turn with a detected issue", group: .jump, footer: "issue"),
        .init(keys: [.char("I")], action: .previousIssue, help: "previous turn with a detected issue", group: .jump),
        .init(keys: [.char("m")], action: .nextCategory, help: "next turn a category matched", group: .jump),
        .init(keys: [.char("M")], action: .previousCategory, help: "previous turn a category matched", group: .jump),
        .init(keys: [.char("/")], action: .search, help: "search (case-insensitive)", group: .search, footer: "search"),
        .init(keys: [.char("n")], action: .nextMatch, help: "next search match", group: .search),
        .init(keys: [.char("N")], action: .previousMatch, help: "previous search match", group: .search),
        .init(keys: [.escape], action: .clearSearch, help: "clear the search or close the help", group: .search),
        .init(keys: [.enter], action: .keepSearch, help: "search for what was typed", group: .typing, footer: "search"),
        .init(
            keys: [.escape], action: .cancelSearch, help: "stop typing, keep the previous search", group: .typing,
            footer: "cancel"),
        .init(keys: [.backspace], action: .deleteSearchCharacter, help: "delete the last character", group: .typing),
        .init(keys: [.char(" ")], action: .playPause, help: "pause or resume the replay", group: .replay, footer: "pause"),
        .init(
            keys: [.left, .char("h")], action: .seekBack, help: "back \(PlaybackCommand.seekStep) s of call time", group: .replay,
            footer: "back"),
        .init(
            keys: [.right, .char("l")], action: .seekForward, help: "forward \(PlaybackCommand.seekStep) s of call time",
            group: .replay, footer: "forward"),
        .init(
            keys: [.char("<"), .char(",")], action: .playSlower, help: "play slower (down to 0.5×)", group: .replay,
            footer: "slower"),
        .init(
            keys: [.char(">"), .char(".")], action: .playFaster, help: "play faster (up to 16×, then instant)", group: .replay,
            footer: "faster"),
        .init(keys: [.char("0")], action: .playFromStart, help: "back to the start of the call", group: .replay),
        .init(keys: [.char("$")], action: .playToEnd, help: "to the end of the call", group: .replay),
        .init(keys: [.char("j"), .down], action: .rowDown, help: "next row", group: .wall),
        .init(keys: [.char("k"), .up], action: .rowUp, help: "previous row", group: .wall),
        .init(
            keys: [.enter], action: .openContact, help: "open the call in the follow view (the wall keeps updating)",
            group: .wall,
            footer: "open"),
        .init(
            keys: [.escape], action: .closeContact,
            help: "back to the wall from an opened call (q too); on the wall, clear the filter",
            group: .wall, footer: "back"),
        .init(
            keys: [.char("o")], action: .cycleSort, help: "change the order: attention, longest call, agent, queue", group: .wall,
            footer: "sort"),
        .init(
            keys: [.char("/")], action: .filterRows, help: "filter rows (agent, queue, category, words)", group: .wall,
            footer: "filter"),
        .init(keys: [.char("?")], action: .help, help: "show or hide this help", group: .general, footer: "help"),
        .init(keys: [.char("q")], action: .quit, help: "quit", group: .general, footer: "quit"),
        .init(keys: [.ctrl("c")], action: .interrupt, help: "quit at once", group: .general),
        .init(keys: [.ctrl("z")], action: .suspend, help: "suspend to the shell (fg brings the view back)", group: .general),
    ]

    /// The bindings in effect outside a search being typed: replay keys only while replaying.
    package static func active(replaying: Bool) -> [KeyBinding] {
        all.filter { (replaying || $0.group != .replay) && $0.group != .typing && $0.group != .wall }
    }

    /// Every binding a reader should know of: typing keys too, replay keys only while replaying.
    package static func documented(replaying: Bool) -> [KeyBinding] {
        all.filter { (replaying || $0.group != .replay) && $0.group != .wall }
    }

    /// The wall's bindings: its own group, the General keys, and typing a filter.
    package static var wall: [KeyBinding] { all.filter { [.wall, .general, .typing].contains($0.group) } }

    /// How the first key of `action`'s binding is written, for hints and status lines: every
    /// key name a screen shows comes from this table.
    package static func label(_ action: Action) -> String {
        all.first { $0.action == action }?.keys.first?.label ?? "?"
    }

    private static func map(_ bindings: [KeyBinding]) -> [Key: Action] {
        var map: [Key: Action] = [:]
        // Replay bindings come last, so they win where a key has a meaning in both.
        for binding in bindings.sorted(by: { ($0.group == .replay ? 1 : 0) < ($1.group == .replay ? 1 : 0) }) {
            for key in binding.keys { map[key] = binding.action }
        }
        return map
    }

    private static let liveKeys = map(active(replaying: false))
    private static let replayKeys = map(active(replaying: true))
    private static let typingKeys = map(all.filter { $0.group == .typing })
    private static let wallKeys = map(all.filter { $0.group == .wall || $0.group == .general })

    /// The action bound to `key` on the wall.
    package static func wallAction(for key: Key) -> Action? { wallKeys[key] }

    /// The wall's footer hints: (keys, short text).
    package static var wallFooterHints: [(keys: String, text: String)] {
        all.filter { $0.group == .general || $0.group == .wall }.sorted {
            ($0.group == .general ? 0 : 1) < ($1.group == .general ? 0 : 1)
        }
        .compactMap { b in b.footer.map { (b.keys.first!.label, $0) } }
    }

    /// The action bound to `key`, if any.
    package static func action(for key: Key, replaying: Bool = false) -> Action? {
        replaying ? replayKeys[key] : liveKeys[key]
    }

    /// The action bound to `key` while a search is typed (other characters are typed).
    package static func typingAction(for key: Key) -> Action? { typingKeys[key] }

    /// "key1/key2" for a binding.
    package static func keyLabel(_ binding: KeyBinding) -> String {
        binding.keys.map(\.label).joined(separator: "/")
    }

    /// The footer hints, in table order: (keys, short text).
    package static func footerHints(replaying: Bool = false) -> [(keys: String, text: String)] {
        let bindings = active(replaying: replaying)
        let order: [KeyBinding.Group] = [.general, .replay, .view, .scroll, .jump, .search]  // not .typing: its own prompt
        return order.flatMap { group in
            bindings.filter { $0.group == group }.compactMap { b in b.footer.map { (b.keys.first!.label, $0) } }
        }
    }

    /// The Markdown reference of every binding, grouped (Docs/KEYBINDINGS.md).
    package static var markdown: String {
        var out = "# lenstail key bindings\n\n"
        out += "<!-- Generated from LensUI/State/KeyBindings.swift; a test fails when this file is stale. -->\n\n"
        for group in KeyBinding.Group.allCases {
            out += "\n## \(group.rawValue)\n\n"
            if let note = group.note { out += note + "\n\n" }
            out += "| Keys | Action |\n|---|---|\n"
            for b in all where b.group == group {
                let keys = b.keys.map { "`\($0.label)`" }.joined(separator: " ")
                out += "| \(keys) | \(b.help) |\n"
            }
        }
        return out
    }
}
