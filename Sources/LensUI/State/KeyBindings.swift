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
        case act = "Act"
        case typing = "Typing a search"
        case prompt = "Answering a question"
        case replay = "Replay"
        case wall = "Wall"
        case general = "General"

        /// Replay keys work only in `lenstail replay`, where they win over the other groups;
        /// wall keys only on the wall, where the General keys work too.
        var note: String? {
            switch self {
            case .replay: "Only while replaying; there they take precedence (Space pages down otherwise)."
            case .wall:
                "Only on `lenstail wall` and `lenstail search`'s list, with the General keys; an opened call has the keys above."
            case .act:
                "With Amazon Connect (`lenstail follow`, `wall`, `demo`): you listen in as `--user`, else the profile's "
                    + "`connect_user`, else your role session name."
            case .prompt: "While a question is in the footer: only y says yes; Ctrl-C and Ctrl-Z work as everywhere."
            default: nil
            }
        }
    }
}

/// The one key table: it drives dispatch, the footer, the `?` overlay and Docs/KEYBINDINGS.md.
package enum KeyBindings {
    package static let all: [KeyBinding] = [
        .init(
            keys: [.char("a")], action: .call(.filterAgent), help: "show the agent's turns only", group: .view, footer: "agent"),
        .init(
            keys: [.char("c")], action: .call(.filterCustomer), help: "show the customer's turns only", group: .view,
            footer: "customer"),
        .init(keys: [.char("A")], action: .call(.filterAll), help: "show every participant", group: .view, footer: "all"),
        .init(keys: [.char("o")], action: .call(.filterBot), help: "chats: show the bot's (CUSTOM_BOT) turns only", group: .view),
        .init(keys: [.char("y")], action: .call(.filterSystem), help: "chats: show SYSTEM turns and events only", group: .view),
        .init(
            keys: [.char("v")], action: .call(.filterSupervisor), help: "chats: show the supervisor's turns only", group: .view),
        .init(
            keys: [.tab], action: .call(.cycleFilter),
            help: "cycle the filter: all, agent, customer (chats: bot, system, supervisor)",
            group: .view),
        .init(keys: [.backTab], action: .call(.cycleFilterBack), help: "cycle the filter the other way", group: .view),
        .init(
            keys: [.char("p")], action: .call(.togglePanel), help: "show or hide the categories and sentiment trend",
            group: .view,
            footer: "panel"),
        .init(keys: [.char("s")], action: .call(.toggleSummary), help: "show or hide the post-contact summary", group: .view),
        .init(
            keys: [.char("w")], action: .call(.saveView), help: "write the view (with its filter) to a Markdown file",
            group: .view),
        .init(keys: [.char("j"), .down], action: .call(.lineDown), help: "scroll down one line", group: .scroll),
        .init(
            keys: [.char("k"), .up], action: .call(.lineUp), help: "scroll up one line (pauses follow)", group: .scroll,
            footer: "scroll"
        ),
        .init(keys: [.pageDown, .char(" "), .ctrl("f")], action: .call(.pageDown), help: "scroll down one page", group: .scroll),
        .init(keys: [.pageUp, .char("b"), .ctrl("b")], action: .call(.pageUp), help: "scroll up one page", group: .scroll),
        .init(keys: [.char("g"), .home], action: .call(.top), help: "go to the first turn", group: .scroll),
        .init(
            keys: [.end, .char("G")], action: .call(.bottom), help: "go to the newest turn and follow", group: .scroll,
            footer: "follow"),
        .init(
            keys: [.char("i")], action: .call(.nextIssue), help: "next turn with a detected issue", group: .jump, footer: "issue"),
        .init(keys: [.char("I")], action: .call(.previousIssue), help: "previous turn with a detected issue", group: .jump),
        .init(keys: [.char("m")], action: .call(.nextCategory), help: "next turn a category matched", group: .jump),
        .init(keys: [.char("M")], action: .call(.previousCategory), help: "previous turn a category matched", group: .jump),
        .init(keys: [.char("/")], action: .call(.search), help: "search (case-insensitive)", group: .search, footer: "search"),
        .init(keys: [.char("n")], action: .call(.nextMatch), help: "next search match", group: .search),
        .init(keys: [.char("N")], action: .call(.previousMatch), help: "previous search match", group: .search),
        .init(keys: [.escape], action: .call(.clearSearch), help: "clear the search or close the help", group: .search),
        .init(
            keys: [.char("L")], action: .call(.listenIn),
            help: "listen in (MonitorContact): asks first, then your softphone rings", group: .act,
            footer: "listen"),
        .init(keys: [.enter], action: .typing(.keepSearch), help: "search for what was typed", group: .typing, footer: "search"),
        .init(
            keys: [.escape], action: .typing(.cancelSearch), help: "stop typing, keep the previous search", group: .typing,
            footer: "cancel"),
        .init(keys: [.backspace], action: .typing(.deleteSearchCharacter), help: "delete the last character", group: .typing),
        .init(keys: [.char("y")], action: .prompt(.confirm), help: "yes (only this key sends)", group: .prompt),
        .init(
            keys: [.char("n"), .escape], action: .prompt(.cancel),
            help: "no (so does any other key): close the question, send nothing",
            group: .prompt),
        .init(keys: [.char(" ")], action: .call(.playPause), help: "pause or resume the replay", group: .replay, footer: "pause"),
        .init(
            keys: [.left, .char("h")], action: .call(.seekBack), help: "back \(PlaybackCommand.seekStep) s of call time",
            group: .replay,
            footer: "back"),
        .init(
            keys: [.right, .char("l")], action: .call(.seekForward), help: "forward \(PlaybackCommand.seekStep) s of call time",
            group: .replay, footer: "forward"),
        .init(
            keys: [.char("<"), .char(",")], action: .call(.playSlower), help: "play slower (down to 0.5×)", group: .replay,
            footer: "slower"),
        .init(
            keys: [.char(">"), .char(".")], action: .call(.playFaster), help: "play faster (up to 16×, then instant)",
            group: .replay,
            footer: "faster"),
        .init(keys: [.char("0")], action: .call(.playFromStart), help: "back to the start of the call", group: .replay),
        .init(keys: [.char("$")], action: .call(.playToEnd), help: "to the end of the call", group: .replay),
        .init(keys: [.char("j"), .down], action: .wall(.rowDown), help: "next row", group: .wall),
        .init(keys: [.char("k"), .up], action: .wall(.rowUp), help: "previous row", group: .wall),
        .init(
            keys: [.enter], action: .wall(.openContact), help: "open the call in the follow view (the wall keeps updating)",
            group: .wall,
            footer: "open"),
        .init(
            keys: [.char("P")], action: .wall(.openAnalysisFile),
            help:
                "a search's list: open the contact from its post-contact analysis file in S3 (talk time, loudness, "
                + "outcomes, the summary), even while the real-time API still has it",
            group: .wall),
        .init(
            keys: [.escape], action: .wall(.back),
            help: "back to the wall from an opened call (q too); on the wall, clear the filter",
            group: .wall, footer: "back"),
        .init(
            keys: [.char("o")], action: .wall(.cycleSort),
            help:
                "change the order: attention, longest call, agent, queue (a search's list: newest, oldest, longest, agent, queue, channel)",
            group: .wall,
            footer: "sort"),
        .init(
            keys: [.char("/")], action: .wall(.filterRows), help: "filter rows (agent, queue, category, words)", group: .wall,
            footer: "filter"),
        .init(
            keys: [.char("L")], action: .wall(.listenIn),
            help: "listen in to the selected call: asks, then your softphone rings", group: .wall,
            footer: "listen"),
        .init(keys: [.char("?")], action: .general(.help), help: "show or hide this help", group: .general, footer: "help"),
        .init(keys: [.char("q")], action: .general(.quit), help: "quit", group: .general, footer: "quit"),
        .init(keys: [.ctrl("c")], action: .general(.interrupt), help: "quit at once", group: .general),
        .init(
            keys: [.ctrl("z")], action: .general(.suspend), help: "suspend to the shell (fg brings the view back)",
            group: .general),
    ]

    /// Every binding a reader of the call view should know of: typing keys too, replay keys only
    /// while replaying.
    package static func documented(replaying: Bool) -> [KeyBinding] {
        all.filter { $0.group != (replaying ? .act : .replay) && $0.group != .wall }
    }

    /// The wall's bindings: its own group, the General keys, typing a filter and answering a question.
    package static var wall: [KeyBinding] { all.filter { [.wall, .general, .typing, .prompt].contains($0.group) } }

    /// "key1/key2" for a binding.
    package static func keyLabel(_ binding: KeyBinding) -> String {
        binding.keys.map(\.label).joined(separator: "/")
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
        return out + MouseBindings.markdown
    }
}
