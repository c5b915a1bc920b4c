import Foundation

/// A region or endpoint that cannot be used; one line, safe to print.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
