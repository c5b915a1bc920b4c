/// The key reference the `?` overlay shows, generated from the binding table: the reducer
/// scrolls it and the overlay draws it.
enum HelpContent {
    static func lines(replaying: Bool) -> [StyledLine] {
        let bindings = KeyBindings.documented(replaying: replaying)
        let keyWidth = bindings.map { TextWidth.of(KeyBindings.keyLabel($0)) }.max() ?? 0
        var out: [StyledLine] = []
        for group in KeyBinding.Group.allCases where bindings.contains(where: { $0.group == group }) {
            out.append(StyledLine(group.rawValue, .title))
            for binding in bindings where binding.group == group {
                let keys = KeyBindings.keyLabel(binding)
                var line = StyledLine("  " + keys, .key)
                line.append(String(repeating: " ", count: keyWidth - TextWidth.of(keys) + 2) + binding.help, .text)
                out.append(line)
            }
        }
        out.append(StyledLine("Sentiment: + positive  · neutral  - negative   [Category]  [!Alert]", .dim))
        return out
    }
}
