import ContactLensModel

/// A command that failed: one line for the user, exit status 1.
public struct FatalError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ message: String) { description = TerminalText.sanitize(message) }
}

/// The command stopped because the user (Ctrl-C) or a signal asked it to: exit 128 + signal.
public struct Interrupted: Error, Hashable, Sendable {
    public let signal: Int32
    public init(signal: Int32 = 2) { self.signal = signal }
    public var exitStatus: Int32 { 128 + signal }
}
