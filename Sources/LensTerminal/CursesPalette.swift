import CNcursesw
import FoundationEssentials
import LensUI

/// The theme as ncurses attributes and colour pairs, one pair per style that has a colour.
/// NO_COLOR (any value) or a monochrome terminal: no colour at all.
struct CursesPalette {
    private var attributes: [Style: (attrs: attr_t, pair: Int16)] = [:]

    init() {
        let theme = Theme(Self.capability())
        for (i, style) in Style.allCases.enumerated() {
            let a = theme.attributes(for: style)
            var attrs = lt_a_normal()
            if a.bold { attrs |= lt_a_bold() }
            if a.underline { attrs |= lt_a_underline() }
            if a.reverse { attrs |= lt_a_reverse() }
            if a.dim { attrs |= lt_a_dim() }
            var pair: Int16 = 0
            if theme.capability != .none, a.foreground != nil || a.background != nil, i + 1 < lt_color_pairs() {
                pair = Int16(i + 1)
                _ = init_pair(pair, Int16(a.foreground ?? -1), Int16(a.background ?? -1))
            }
            attributes[style] = (attrs, pair)
        }
    }

    func attributes(_ style: Style) -> (attrs: attr_t, pair: Int16) { attributes[style] ?? (lt_a_normal(), 0) }

    /// Starts colour when there is some: COLORS is only known after `start_color`.
    static func capability() -> ColorCapability {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard has_colors() else { return .none }
        _ = start_color()
        _ = use_default_colors()
        return lt_colors() >= 256 ? .extended256 : .eight
    }
}
