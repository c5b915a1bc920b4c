import Testing

@testable import LensUI

/// Each terminal gets a readable theme: the roles a supervisor must tell apart look different
/// with no colour (NO_COLOR), with 8 colours and with 256.
@Suite struct ThemeTests {
    static let mustDiffer: [(Style, Style)] = [
        (.agent, .customer), (.positive, .negative), (.text, .issue), (.text, .alert),
        (.text, .searchMatch), (.category, .alert), (.text, .agent), (.text, .customer),
    ]

    @Test(arguments: [ColorCapability.none, .eight, .extended256])
    func rolesThatMatterLookDifferent(capability: ColorCapability) {
        let theme = Theme(capability)
        for (a, b) in Self.mustDiffer {
            #expect(theme.attributes(for: a) != theme.attributes(for: b), "\(a) and \(b) look the same on \(capability)")
        }
    }

    @Test func noColorMeansNoColourAtAll() {
        for style in Style.allCases {
            let attributes = Theme(.none).attributes(for: style)
            #expect(attributes.foreground == nil && attributes.background == nil, "\(style) has a colour")
        }
    }

    @Test func eightColoursStayWithinTheBasicPalette() {
        for style in Style.allCases {
            let attributes = Theme(.eight).attributes(for: style)
            for colour in [attributes.foreground, attributes.background].compactMap({ $0 }) {
                #expect((0..<8).contains(colour), "\(style) uses colour \(colour)")
            }
        }
    }
}
