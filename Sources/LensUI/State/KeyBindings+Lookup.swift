/// Which action a key means on each screen, and how an action's key is written: every key a
/// reducer acts on and every key name a screen shows go through the table.
extension KeyBindings {
    /// Each screen's keys, from the table's rows of that screen.
    private static func map<A>(_ bindings: [KeyBinding], _ pick: (Action) -> A?) -> [Key: A] {
        var map: [Key: A] = [:]
        // Replay bindings come last, so they win where a key has a meaning in both.
        for binding in bindings.sorted(by: { ($0.group == .replay ? 1 : 0) < ($1.group == .replay ? 1 : 0) }) {
            guard let action = pick(binding.action) else { continue }
            for key in binding.keys { map[key] = action }
        }
        return map
    }

    private static let generalKeys = map(all) { if case .general(let a) = $0 { a } else { nil } }
    private static let liveKeys = map(all.filter { $0.group != .replay }) { if case .call(let a) = $0 { a } else { nil } }
    private static let replayKeys = map(all) { if case .call(let a) = $0 { a } else { nil } }
    private static let typingKeys = map(all) { if case .typing(let a) = $0 { a } else { nil } }
    private static let wallKeys = map(all) { if case .wall(let a) = $0 { a } else { nil } }
    private static let promptKeys = map(all) { if case .prompt(let a) = $0 { a } else { nil } }

    /// The key every screen has (help, quit, interrupt, suspend), if `key` is one.
    package static func generalAction(for key: Key) -> GeneralAction? { generalKeys[key] }

    /// The call view's action for `key`; replay keys only while replaying, where they win.
    package static func callAction(for key: Key, replaying: Bool = false) -> CallAction? {
        replaying ? replayKeys[key] : liveKeys[key]
    }

    /// The action bound to `key` while a line is typed (other characters are typed).
    package static func typingAction(for key: Key) -> TypingAction? { typingKeys[key] }

    /// The wall's action for `key`.
    package static func wallAction(for key: Key) -> WallAction? { wallKeys[key] }

    /// The answer `key` gives to a question in the footer.
    package static func promptAction(for key: Key) -> PromptAction? { promptKeys[key] }

    /// The bindings of the call view outside a search being typed: replay keys only while replaying.
    package static func active(replaying: Bool) -> [KeyBinding] {
        documented(replaying: replaying).filter { $0.group != .typing && $0.group != .prompt }
    }

    /// How the first key of `action`'s binding is written, for hints and status lines.
    package static func label(_ action: Action) -> String {
        all.first { $0.action == action }?.keys.first?.label ?? "?"
    }

    package static func label(_ action: GeneralAction) -> String { label(.general(action)) }
    package static func label(_ action: CallAction) -> String { label(.call(action)) }
    package static func label(_ action: TypingAction) -> String { label(.typing(action)) }
    package static func label(_ action: WallAction) -> String { label(.wall(action)) }
    package static func label(_ action: PromptAction) -> String { label(.prompt(action)) }

    /// The call view's footer hints, in table order: (keys, short text).
    package static func footerHints(replaying: Bool = false) -> [(keys: String, text: String)] {
        let bindings = active(replaying: replaying)
        // Not .typing or .prompt: they show their own line.
        let order: [KeyBinding.Group] = [.general, .replay, .view, .scroll, .jump, .search, .act]
        return order.flatMap { group in
            bindings.filter { $0.group == group }.compactMap { b in b.footer.map { (b.keys.first!.label, $0) } }
        }
    }

    /// The wall's footer hints: (keys, short text).
    package static var wallFooterHints: [(keys: String, text: String)] {
        all.filter { $0.group == .general || $0.group == .wall }.sorted {
            ($0.group == .general ? 0 : 1) < ($1.group == .general ? 0 : 1)
        }
        .compactMap { b in b.footer.map { (b.keys.first!.label, $0) } }
    }
}
