/// What the terminal can show.
package enum ColorCapability: String, Hashable, Sendable {
    /// NO_COLOR set, or a monochrome terminal: bold, underline, reverse only.
    case none
    case eight
    case extended256
}

/// The colours and attributes of one style role. Colours are terminal colour numbers; nil is the default.
package struct TextAttributes: Hashable, Sendable {
    package var foreground: Int?
    package var background: Int?
    package var bold = false
    package var underline = false
    package var reverse = false
    package var dim = false

    package init(
        foreground: Int? = nil, background: Int? = nil, bold: Bool = false,
        underline: Bool = false, reverse: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}

/// Maps style roles to attributes for a terminal's capability (htop's ColorElements).
package struct Theme: Hashable, Sendable {
    package let capability: ColorCapability

    package init(_ capability: ColorCapability) { self.capability = capability }

    package func attributes(for style: Style) -> TextAttributes {
        switch capability {
        case .none: Self.mono(style)
        case .eight: Self.eight(style)
        case .extended256: Self.extended(style)
        }
    }

    static func mono(_ style: Style) -> TextAttributes {
        switch style {
        case .text, .neutral, .border: TextAttributes()
        case .dim: TextAttributes(dim: true)
        case .status, .title, .key, .agent, .positive: TextAttributes(bold: true)
        case .customer, .participant: TextAttributes(underline: true)
        case .negative, .warning: TextAttributes(bold: true, underline: true)
        case .issue, .category: TextAttributes(underline: true)
        case .alert, .failure, .searchMatch: TextAttributes(bold: true, reverse: true)
        }
    }

    // Colour numbers: 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white.
    static func eight(_ style: Style) -> TextAttributes {
        switch style {
        case .text, .neutral: TextAttributes()
        case .dim, .border: TextAttributes(dim: true)
        case .status: TextAttributes(bold: true)
        case .title: TextAttributes(foreground: 6, bold: true)
        case .key: TextAttributes(foreground: 6, bold: true)
        case .agent: TextAttributes(foreground: 4, bold: true)
        case .customer: TextAttributes(foreground: 5, bold: true)
        case .participant: TextAttributes(foreground: 6, bold: true)
        case .positive: TextAttributes(foreground: 2, bold: true)
        case .negative: TextAttributes(foreground: 1, bold: true)
        case .issue: TextAttributes(foreground: 3, underline: true)
        case .category: TextAttributes(foreground: 6)
        case .alert: TextAttributes(foreground: 7, background: 1, bold: true)
        case .searchMatch: TextAttributes(foreground: 0, background: 3)
        case .warning: TextAttributes(foreground: 3, bold: true)
        case .failure: TextAttributes(foreground: 1, bold: true)
        }
    }

    static func extended(_ style: Style) -> TextAttributes {
        switch style {
        case .dim, .border: TextAttributes(foreground: 244)
        case .agent: TextAttributes(foreground: 39, bold: true)
        case .customer: TextAttributes(foreground: 170, bold: true)
        case .participant: TextAttributes(foreground: 73, bold: true)
        case .positive: TextAttributes(foreground: 77, bold: true)
        case .negative: TextAttributes(foreground: 203, bold: true)
        case .neutral: TextAttributes(foreground: 250)
        case .issue: TextAttributes(foreground: 214, underline: true)
        case .category: TextAttributes(foreground: 80)
        case .alert: TextAttributes(foreground: 231, background: 160, bold: true)
        case .searchMatch: TextAttributes(foreground: 16, background: 220)
        case .warning: TextAttributes(foreground: 214, bold: true)
        default: eight(style)
        }
    }
}
