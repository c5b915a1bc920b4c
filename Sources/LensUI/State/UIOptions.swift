import ContactLensModel

/// Choices the user makes on the command line for the view.
package struct UIOptions: Sendable, Hashable {
    /// Regular expressions; a category one finds (as grep does, ignoring case) is an alert.
    package var alertPatterns: [String]
    /// Clicks and the wheel in the view, where the terminal has a mouse; `--no-mouse` leaves the
    /// mouse to the terminal (its own selection).
    package var mouse: Bool

    package init(alertPatterns: [String] = [], mouse: Bool = true) {
        self.alertPatterns = alertPatterns
        self.mouse = mouse
    }

    /// Throws naming the first pattern that is not a valid regular expression.
    package static func validate(_ options: UIOptions) throws(AlertRulesError) {
        _ = try AlertRules(patterns: options.alertPatterns)
    }

    /// The rules the patterns make.
    package func alertRules() throws(AlertRulesError) -> AlertRules { try AlertRules(patterns: alertPatterns) }
}
