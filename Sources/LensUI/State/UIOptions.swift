import Foundation

/// Choices the user makes on the command line for the view.
public struct UIOptions: Sendable, Hashable {
    /// Regular expressions; a category whose whole name matches one (ignoring case) is an alert.
    public var alertPatterns: [String]

    public init(alertPatterns: [String] = []) { self.alertPatterns = alertPatterns }

    /// Throws `UIOptionsError` naming the first pattern that is not a valid regular expression.
    public static func validate(_ options: UIOptions) throws(UIOptionsError) {
        _ = try AlertMatcher(patterns: options.alertPatterns)
    }
}

/// A bad `--alert` pattern, with a one-line message.
public struct UIOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Tells whether a category name is one the user asked to be alerted about.
public struct AlertMatcher: @unchecked Sendable {
    // NSRegularExpression is immutable and thread-safe once built.
    private let expressions: [NSRegularExpression]

    public init(patterns: [String]) throws(UIOptionsError) {
        var built: [NSRegularExpression] = []
        for pattern in patterns {
            do {
                built.append(try NSRegularExpression(pattern: "^(?:\(pattern))$", options: [.caseInsensitive]))
            } catch {
                throw UIOptionsError(message: "--alert '\(pattern)' is not a valid regular expression")
            }
        }
        expressions = built
    }

    public static let none = try! AlertMatcher(patterns: [])

    public func matches(_ name: String) -> Bool {
        let range = NSRange(name.startIndex..., in: name)
        return expressions.contains { $0.firstMatch(in: name, range: range) != nil }
    }
}
