import ContactLensModel

/// Choices the user makes on the command line for the view.
package struct UIOptions: Sendable, Hashable {
    /// Regular expressions; a category one finds (as grep does, ignoring case) is an alert.
    package var alertPatterns: [String]

    package init(alertPatterns: [String] = []) { self.alertPatterns = alertPatterns }

    /// Throws naming the first pattern that is not a valid regular expression.
    package static func validate(_ options: UIOptions) throws(AlertRulesError) {
        _ = try AlertRules(patterns: options.alertPatterns)
    }

    /// The rules the patterns make.
    package func alertRules() throws(AlertRulesError) -> AlertRules { try AlertRules(patterns: alertPatterns) }
}
