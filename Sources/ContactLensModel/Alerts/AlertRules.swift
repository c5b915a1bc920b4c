import Foundation

/// What makes an alert, as the command line says: a category whose whole name matches an
/// `--alert` pattern (ignoring case), and, on the wall, `--alert-negative N` negative customer
/// turns in a row. The follow view, the wall and every stream of lines ask these same rules.
package struct AlertRules: @unchecked Sendable {
    // NSRegularExpression is immutable and thread-safe once built.
    private let expressions: [NSRegularExpression]
    /// Negative customer turns in a row that raise an alert; nil: no such alert.
    package let negativeRun: Int?

    /// Throws naming the first pattern that is not a valid regular expression.
    package init(patterns: [String] = [], negativeRun: Int? = nil) throws(AlertRulesError) {
        var built: [NSRegularExpression] = []
        for pattern in patterns {
            do {
                built.append(try NSRegularExpression(pattern: "^(?:\(pattern))$", options: [.caseInsensitive]))
            } catch {
                throw AlertRulesError(message: "--alert '\(pattern)' is not a valid regular expression")
            }
        }
        expressions = built
        self.negativeRun = negativeRun
    }

    /// No alert at all.
    package static let none = try! AlertRules()

    /// True when the category is one the user asked to be alerted about.
    package func matches(_ category: String) -> Bool {
        guard !expressions.isEmpty else { return false }
        let range = NSRange(category.startIndex..., in: category)
        return expressions.contains { $0.firstMatch(in: category, range: range) != nil }
    }
}

/// A bad `--alert` pattern, with a one-line message.
package struct AlertRulesError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}
