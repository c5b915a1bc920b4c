import FoundationEssentials

/// A region or endpoint that cannot be used; one line, safe to print.
package struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    package let message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
    package var errorDescription: String? { message }
}
