import ContactLensModel
import Foundation

/// Choices the user makes on the command line for the view.
package struct UIOptions: Sendable, Hashable {
    /// Regular expressions; a category whose name one finds (as grep: anywhere, ignoring case) is an alert.
    package var alertPatterns: [String]

    package init(alertPatterns: [String] = []) { self.alertPatterns = alertPatterns }

    /// Throws `UIOptionsError` naming the first pattern that is not a valid regular expression.
    package static func validate(_ options: UIOptions) throws(UIOptionsError) {
        _ = try AlertMatcher(patterns: options.alertPatterns)
    }
}

/// A bad `--alert` pattern, with a one-line message.
package struct UIOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}

/// Tells whether a category name is one the user asked to be alerted about. A pattern matches
/// as grep's does, which is what `--alert cancel` expects: anywhere in the name, ignoring case
/// (`Cancellation`); `^…$` asks for the whole name.
package struct AlertMatcher: @unchecked Sendable {
    // NSRegularExpression is immutable and thread-safe once built.
    private let expressions: [NSRegularExpression]
    /// The patterns as given, one per expression.
    private let patterns: [String]

    package init(patterns: [String]) throws(UIOptionsError) {
        var built: [NSRegularExpression] = []
        for pattern in patterns {
            do {
                built.append(try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
            } catch {
                throw UIOptionsError(message: "--alert '\(pattern)' is not a valid regular expression")
            }
        }
        expressions = built
        self.patterns = patterns
    }

    package static let none = try! AlertMatcher(patterns: [])

    package func matches(_ name: String) -> Bool {
        let range = NSRange(name.startIndex..., in: name)
        return expressions.contains { $0.firstMatch(in: name, range: range) != nil }
    }

    /// The patterns that match none of `categories`, in the order given: an alert that can never
    /// fire on this call (a typo, another spelling) is worth saying once, when the call is over.
    package func unmatched(by categories: [String]) -> [String] {
        zip(patterns, expressions).filter { _, expression in
            !categories.contains { expression.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
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
