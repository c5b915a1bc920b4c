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
        return out + MouseBindings.helpLines(.call, keyWidth: keyWidth) + legend(keyWidth: keyWidth)
    }

    /// What the marks and colours of the view mean, each shown in its own style.
    static func legend(keyWidth: Int) -> [StyledLine] {
        let entries: [([(String, Style)], String)] = [
            ([("AGENT", .agent), (" ", .text), ("CUSTOMER", .customer)], "each role its own colour (bold, underline without)"),
            ([("+", .positive), (" · ", .neutral), ("-", .negative)], "sentiment of the turn: positive, neutral, negative"),
            ([("▇", .positive), ("▄", .neutral), ("▁", .negative), ("·", .dim)], "sentiment trend bars, oldest to newest"),
            ([("word", .issue)], "underlined: an issue the analysis detected"),
            ([("match", .searchMatch)], "search match; on a turn's time: where a jump landed"),
            ([("[Category]", .category), (" ", .text), ("[!Alert]", .alert)], "categories matched; ! an --alert one"),
        ]
        var out = [StyledLine("Legend", .title)]
        for (sample, meaning) in entries {
            var line = StyledLine("  ", .text)
            for (text, style) in sample { line.append(text, style) }
            line.append(String(repeating: " ", count: max(1, keyWidth + 4 - line.width)) + meaning, .text)
            out.append(line)
        }
        return out
    }
}
