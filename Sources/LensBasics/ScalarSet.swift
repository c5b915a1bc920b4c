/// The few sets of Unicode scalars lenstail trims or keeps, as Foundation's `CharacterSet`
/// defines them (checked scalar by scalar against it), without linking full Foundation.
package struct ScalarSet: Sendable {
    private let test: @Sendable (Unicode.Scalar) -> Bool

    package init(_ test: @escaping @Sendable (Unicode.Scalar) -> Bool) { self.test = test }

    /// Exactly the scalars of `characters`, as `CharacterSet(charactersIn:)`.
    package init(_ characters: String) {
        let scalars = Set(characters.unicodeScalars)
        test = { scalars.contains($0) }
    }

    package func contains(_ scalar: Unicode.Scalar) -> Bool { test(scalar) }

    /// `CharacterSet.whitespaces`: tab and the space separators (Zs), with U+200B as Foundation has it.
    package static let whitespaces = ScalarSet { scalar in
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// `CharacterSet.newlines`: U+000A–U+000D, U+0085, U+2028 and U+2029.
    package static let newlines = ScalarSet { scalar in
        ("\n"..."\r").contains(scalar) || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// `CharacterSet.whitespacesAndNewlines`.
    package static let whitespacesAndNewlines = ScalarSet { whitespaces.contains($0) || newlines.contains($0) }

    /// `CharacterSet.controlCharacters` as far as this Unicode version knows it: control (Cc),
    /// format (Cf) and unassigned scalars.
    package static let controlCharacters = ScalarSet { scalar in
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without the scalars of `set` at either end (`trimmingCharacters(in:)`).
    package func trimmed(_ set: ScalarSet = .whitespaces) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
