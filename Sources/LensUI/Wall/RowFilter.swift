import ContactLensModel

/// Typing a filter over a list of rows — the wall's, the search's: Enter keeps what was typed,
/// Esc drops it, Backspace deletes; every other character is typed. One place for the keys and
/// the prompt, so both lists type alike.
package enum RowFilter {
    /// What a key did to the line being typed.
    package enum Outcome: Hashable, Sendable {
        /// Still typing (the draft may have changed).
        case typing
        /// Enter: the draft, sanitised, is the filter (nil when empty).
        case keep(String?)
        /// Esc: the filter stays as it was.
        case cancel
    }

    package static func type(_ key: Key, draft: inout String) -> Outcome {
        switch KeyBindings.typingAction(for: key) {
        case .cancelSearch:
            return .cancel
        case .keepSearch:
            let text = TerminalText.sanitize(draft)
            return .keep(text.isEmpty ? nil : text)
        case .deleteSearchCharacter:
            if !draft.isEmpty { draft.removeLast() }
        case nil:
            if case .char(let c) = key { draft.append(c) }
        }
        return .typing
    }

    /// The status line while a filter is typed: `/draft▏  Enter filter · Esc cancel`.
    package static func prompt(_ draft: String, key: String) -> StyledLine {
        var line = StyledLine(key, .key)
        line.append(TerminalText.sanitize(draft), .text)
        line.append("▏", .key)
        line.append("  \(KeyBindings.label(.keepSearch)) filter · \(KeyBindings.label(.cancelSearch)) cancel", .dim)
        return line
    }
}
