/// What makes an alert, as the command line says: a category an `--alert` pattern finds as grep
/// finds a line, which is what `--alert cancel` expects (anywhere in the name, ignoring case, so
/// `Cancellation`; `^…$` asks for the whole name), and, on the wall, `--alert-negative N`
/// negative customer turns in a row. The follow view, the wall and every stream of lines ask these same rules.
package struct AlertRules: @unchecked Sendable {
    // A Regex is a value; its compiled program is built once, safely, and shared by every thread.
    private let expressions: [Regex<AnyRegexOutput>]
    /// The patterns as given, one per expression.
    private let patterns: [String]
    /// Negative customer turns in a row that raise an alert; nil: no such alert.
    package let negativeRun: Int?

    /// Throws naming the first pattern that is not a valid regular expression.
    package init(patterns: [String] = [], negativeRun: Int? = nil) throws(AlertRulesError) {
        var built: [Regex<AnyRegexOutput>] = []
        for pattern in patterns {
            do {
                // Scalar by scalar and ignoring case, as NSRegularExpression (ICU) matched.
                built.append(try Regex(pattern).ignoresCase().matchingSemantics(.unicodeScalar))
            } catch {
                throw AlertRulesError(message: "--alert '\(pattern)' is not a valid regular expression")
            }
        }
        expressions = built
        self.patterns = patterns
        self.negativeRun = negativeRun
    }

    /// No alert at all.
    package static let none = try! AlertRules()

    /// True when the category is one the user asked to be alerted about.
    package func matches(_ category: String) -> Bool {
        expressions.contains { category.contains($0) }
    }

    /// The patterns that match none of `categories`, in the order given: an alert that can never
    /// fire on this call (a typo, another spelling) is worth saying once, when the call is over.
    package func unmatched(by categories: [String]) -> [String] {
        zip(patterns, expressions).filter { _, expression in
            !categories.contains { $0.contains(expression) }
        }.map(\.0)
    }

    /// One line saying which patterns matched none of the call's `categories`; nil when each matched one.
    package func unmatchedNote(categories: [String]) -> String? {
        let missed = unmatched(by: categories)
        guard !missed.isEmpty else { return nil }
        let names = missed.map { "--alert '\(TerminalText.sanitize($0))'" }.joined(separator: ", ")
        let seen = categories.isEmpty ? "it matched no category" : categories.map(TerminalText.sanitize).joined(separator: ", ")
        return "\(names) matched none of this call's categories (\(seen))"
    }
}

/// A bad `--alert` pattern, with a one-line message.
package struct AlertRulesError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}
